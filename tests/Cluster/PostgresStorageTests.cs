using Hub.Cases;
using Hub.Hosting;
using Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;
using Hub.Outbox;
using Hub.Storage;
using static Hub.Tests.Cases.CaseSamples;

namespace Hub.Tests.Cluster;

/// <summary>The ADO.NET grain storage on the project's scripts, between two silos sharing one PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageTests(PostgresFixture fixture)
{
    [PostgresFact]
    public async Task State_WrittenByOneSilo_IsReadByAnother()
    {
        var (a, b) = await fixture.PairAsync();
        var id = NewCaseId();
        var written = new GrainState<CaseState>(SubmittedCase());

        await Storage(a).WriteStateAsync("case", id, written);
        var read = new GrainState<CaseState>();
        await Storage(b).ReadStateAsync("case", id, read);

        Assert.True(read.RecordExists);
        Assert.Equal("1", read.ETag);
        Assert.Equal(written.ETag, read.ETag);
        var (expected, actual) = (CaseMachine.ToView(written.State!), CaseMachine.ToView(read.State!));
        Assert.Equal(
            (expected.CaseId, expected.Status, expected.Version, expected.Timeline.Count, expected.ApplicantMasked),
            (actual.CaseId, actual.Status, actual.Version, actual.Timeline.Count, actual.ApplicantMasked));
    }

    [PostgresFact]
    public async Task StaleWrite_RaisesAVersionConflict_AndLeavesTheNewerStateStored()
    {
        var (a, b) = await fixture.PairAsync();
        var id = NewCaseId();
        await Storage(a).WriteStateAsync("case", id, new GrainState<CaseState>(SubmittedCase()));
        var onA = new GrainState<CaseState>();
        var onB = new GrainState<CaseState>();
        await Storage(a).ReadStateAsync("case", id, onA);
        await Storage(b).ReadStateAsync("case", id, onB);

        onA.State!.Status = CaseStatus.Accepted;
        await Storage(a).WriteStateAsync("case", id, onA);
        onB.State!.Status = CaseStatus.Withdrawn;
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage(b).WriteStateAsync("case", id, onB));

        Assert.Contains("Version conflict", conflict.Message);
        var stored = new GrainState<CaseState>();
        await Storage(b).ReadStateAsync("case", id, stored);
        Assert.Equal((CaseStatus.Accepted, "2"), (stored.State!.Status, stored.ETag));
    }

    [PostgresFact]
    public async Task TwoFirstWrites_OnlyOneWins()
    {
        var (a, b) = await fixture.PairAsync();
        var id = NewCaseId();

        await Storage(a).WriteStateAsync("case", id, new GrainState<CaseState>(SubmittedCase()));
        var late = new GrainState<CaseState>(SubmittedCase());

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage(b).WriteStateAsync("case", id, late));
        Assert.Null(late.ETag);
    }

    [PostgresFact]
    public async Task ClearedState_ReadsAsNew_AndKeepsCountingVersions()
    {
        var (a, b) = await fixture.PairAsync();
        var id = NewCaseId();
        var state = new GrainState<CaseState>(SubmittedCase());
        await Storage(a).WriteStateAsync("case", id, state);

        await Storage(a).ClearStateAsync("case", id, state);
        var read = new GrainState<CaseState>();
        await Storage(b).ReadStateAsync("case", id, read);

        Assert.False(read.RecordExists);
        Assert.Null(read.State!.Submission);
        Assert.Equal(("2", "2"), (state.ETag, read.ETag));
        read.State = SubmittedCase();
        await Storage(b).WriteStateAsync("case", id, read);
        Assert.Equal("3", read.ETag);
    }

    [PostgresFact]
    public async Task StoredState_IsOrleansBinary_BehindTheFormatByte_NotJson()
    {
        var (a, _) = await fixture.PairAsync();
        var id = NewCaseId();
        var state = SubmittedCase();

        await Storage(a).WriteStateAsync("case", id, new GrainState<CaseState>(state));

        var payload = await PayloadAsync(id.Key.ToString()!);
        Assert.Equal(StateMarkingSerializer.Marker | StateMarkingSerializer.CarriesOutbox | StateMarkingSerializer.Waiting | StateMarkingSerializer.CarriesDueTime, payload[0]);
        Assert.NotEqual((byte)'{', payload[1]);
        var serializer = a.Services.GetRequiredService<IGrainStorageSerializer>();
        Assert.IsType<StateMarkingSerializer>(serializer);
        Assert.Equal(CaseMachine.ToView(state).CaseId, CaseMachine.ToView(serializer.Deserialize<CaseState>(new BinaryData(payload))!).CaseId);
    }

    [PostgresFact]
    public async Task ADueTime_IsWrittenInTheHeader_AndIndexedByTheSameWrite_AndAWriteWithoutOneTakesItOff()
    {
        var (a, b) = await fixture.PairAsync();
        var id = NewCaseId();
        var due = new DateTimeOffset(2026, 10, 11, 0, 0, 0, TimeSpan.FromHours(8));
        var written = new GrainState<CaseState>(SubmittedCase());
        written.State!.DueAt = due;

        await Storage(a).WriteStateAsync("case", id, written);

        var payload = await PayloadAsync(id.Key.ToString()!);
        Assert.Equal(StateMarkingSerializer.CarriesDueTime | StateMarkingSerializer.DueTimeSet, payload[0] & (StateMarkingSerializer.CarriesDueTime | StateMarkingSerializer.DueTimeSet));
        Assert.Equal(due, StateMarkingSerializer.DueAt(payload));
        var timers = a.Services.GetRequiredService<Hub.Timers.IDueIndex>();
        var found = await timers.DueAsync(due, due.AddYears(-10), 0, 1, 10_000, CancellationToken.None);
        Assert.Contains(found, t => t.Key == id.Key.ToString() && t.StateName == "case" && t.DueAt == due);
        Assert.DoesNotContain(await timers.DueAsync(due.AddSeconds(-1), due.AddYears(-10), 0, 1, 10_000, CancellationToken.None), t => t.Key == id.Key.ToString());
        var read = new GrainState<CaseState>();
        await Storage(b).ReadStateAsync("case", id, read);
        Assert.Equal(due, read.State!.DueAt);

        read.State.DueAt = null;
        await Storage(b).WriteStateAsync("case", id, read);
        Assert.DoesNotContain(await timers.DueAsync(due, due.AddYears(-10), 0, 1, 10_000, CancellationToken.None), t => t.Key == id.Key.ToString());
    }

    [PostgresFact]
    public async Task WaitingOutbox_IsListedByTheWriteItself_AndReadBackEmptyOnceAcknowledged()
    {
        var (a, b) = await fixture.PairAsync();
        var id = NewCaseId();
        var key = id.Key.ToString()!;
        var written = new GrainState<CaseState>(SubmittedCase());
        Assert.NotEmpty(written.State!.Outbox);

        await Storage(a).WriteStateAsync("case", id, written);
        Assert.Equal([written.ETag], await ListedAsync(key));
        var beforeAck = new GrainState<CaseState>();
        await Storage(b).ReadStateAsync("case", id, beforeAck);
        Assert.Equal(written.State.Outbox.Count, beforeAck.State!.Outbox.Count);

        // An acknowledgement of an older version leaves a newer listing alone.
        await a.Services.GetRequiredService<IOutboxLedger>().AcknowledgeAsync("case", key, "0");
        Assert.Equal([written.ETag], await ListedAsync(key));

        await a.Services.GetRequiredService<IOutboxLedger>().AcknowledgeAsync("case", key, written.ETag!);
        Assert.Empty(await ListedAsync(key));
        var afterAck = new GrainState<CaseState>();
        await Storage(b).ReadStateAsync("case", id, afterAck);
        Assert.Empty(afterAck.State!.Outbox);
        Assert.Equal((written.State.Status, written.ETag), (afterAck.State.Status, afterAck.ETag));

        // A new transition lists the case again; a write with its outbox empty takes it off.
        CaseMachine.Withdraw(afterAck.State, Hub.Tests.Cases.CaseSamples.VillageWindow, "changed mind", DateTimeOffset.UtcNow);
        await Storage(b).WriteStateAsync("case", id, afterAck);
        Assert.Equal([afterAck.ETag], await ListedAsync(key));
        afterAck.State.Outbox.Clear();
        await Storage(b).WriteStateAsync("case", id, afterAck);
        Assert.Empty(await ListedAsync(key));
    }

    private Task<List<string?>> ListedAsync(string key) => PostgresServer.QueryAsync(
        fixture.ConnectionString, "SELECT Version FROM HubOutbox WHERE GrainKey = @key", ("key", key));

    private static IGrainStorage Storage(ClusterSilo silo) => silo.Services.GetRequiredKeyedService<IGrainStorage>("cases");

    private static GrainId NewCaseId() => GrainId.Create("case", Submission().CaseId.Value);

    private static CaseState SubmittedCase()
    {
        var state = new CaseState();
        CaseMachine.Submit(state, Submission(), ShippedCalendar, DateTimeOffset.UtcNow);
        return state;
    }

    private async Task<byte[]> PayloadAsync(string key)
    {
        await using var connection = new Npgsql.NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT PayloadBinary FROM OrleansStorage WHERE GrainIdExtensionString = @key", connection);
        command.Parameters.AddWithValue("key", key);
        return (byte[])(await command.ExecuteScalarAsync())!;
    }
}
