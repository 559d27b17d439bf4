using Hub.Cases;
using Hub.Tests.Support;
using static Hub.Tests.Cases.CaseSamples;

namespace Hub.Tests.Grains;

[Collection(ClusterCollection.Name)]
public sealed class SubmissionKeyGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Key_ClaimsTheFirstCaseId_AndRefusesAnotherSubmission()
    {
        var key = fixture.Client.GetGrain<ISubmissionKeyGrain>($"w/{Guid.NewGuid()}");
        var first = Submission().CaseId;
        var second = Submission().CaseId;

        Assert.Equal(first, await key.Claim("a", first));
        Assert.Equal(first, await key.Claim("a", second));
        Assert.Null(await key.Claim("b", second));
    }
}
