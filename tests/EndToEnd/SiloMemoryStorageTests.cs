using Hub.Cases;
using Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;
using static Hub.Tests.Cases.CaseSamples;

namespace Hub.Tests.EndToEnd;

/// <summary>The embedded silo's own memory storage: what it stores is a copy, and it refuses a stale write as real storage does.</summary>
public sealed class SiloMemoryStorageTests(HubAppFixture hub) : IClassFixture<HubAppFixture>
{
    [Fact]
    public async Task EmbeddedSilo_StoresCasesInItsOwnMemory_AsACopyTheGrainCannotChange()
    {
        var storage = Storage();
        var id = NewCaseId();
        var written = new GrainState<CaseState>(SubmittedCase());

        await storage.WriteStateAsync("case", id, written);
        written.State!.Status = CaseStatus.Withdrawn;
        var read = new GrainState<CaseState>();
        await storage.ReadStateAsync("case", id, read);

        Assert.Equal("SiloMemoryGrainStorage", storage.GetType().Name);
        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal(CaseStatus.Forwarded, read.State!.Status);
    }

    [Fact]
    public async Task StaleWrite_RaisesAVersionConflict_AndLeavesTheNewerStateStored()
    {
        var storage = Storage();
        var id = NewCaseId();
        await storage.WriteStateAsync("case", id, new GrainState<CaseState>(SubmittedCase()));
        var first = new GrainState<CaseState>();
        var second = new GrainState<CaseState>();
        await storage.ReadStateAsync("case", id, first);
        await storage.ReadStateAsync("case", id, second);

        first.State!.Status = CaseStatus.Accepted;
        await storage.WriteStateAsync("case", id, first);
        second.State!.Status = CaseStatus.Withdrawn;
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("case", id, second));

        var stored = new GrainState<CaseState>();
        await storage.ReadStateAsync("case", id, stored);
        Assert.Equal((CaseStatus.Accepted, first.ETag), (stored.State!.Status, stored.ETag));
    }

    [Fact]
    public async Task TwoFirstWrites_OnlyOneWins_AndAClearedStateReadsAsNew()
    {
        var storage = Storage();
        var id = NewCaseId();
        var winner = new GrainState<CaseState>(SubmittedCase());
        await storage.WriteStateAsync("case", id, winner);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("case", id, new GrainState<CaseState>(SubmittedCase())));

        await storage.ClearStateAsync("case", id, winner);
        var read = new GrainState<CaseState>();
        await storage.ReadStateAsync("case", id, read);
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
    }

    private IGrainStorage Storage() => hub.Services.GetRequiredKeyedService<IGrainStorage>("cases");

    private static GrainId NewCaseId() => GrainId.Create("case", Submission().CaseId.Value);

    private static CaseState SubmittedCase()
    {
        var state = new CaseState();
        CaseMachine.Submit(state, Submission(), ShippedCalendar, DateTimeOffset.UtcNow);
        return state;
    }
}
