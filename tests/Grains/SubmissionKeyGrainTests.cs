using Hub.Cases;
using Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Hub.Tests.Cases.CaseSamples;

namespace Hub.Tests.Grains;

/// <summary>A window's idempotency key holds its first case for 24 hours, then starts afresh.</summary>
public sealed class SubmissionKeyGrainTests(SubmissionKeyGrainTests.Fixture fixture) : IClassFixture<SubmissionKeyGrainTests.Fixture>
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

    [Fact]
    public async Task Key_After24Hours_TakesANewSubmission()
    {
        var key = fixture.Client.GetGrain<ISubmissionKeyGrain>($"w/{Guid.NewGuid()}");
        var first = Submission().CaseId;
        var later = Submission().CaseId;
        Assert.Equal(first, await key.Claim("a", first));

        fixture.Clock.Advance(TimeSpan.FromHours(23.9));
        Assert.Null(await key.Claim("b", later));
        fixture.Clock.Advance(TimeSpan.FromHours(0.2));

        Assert.Equal(later, await key.Claim("b", later));
        Assert.Null(await key.Claim("a", first));
    }

    /// <summary>The test cluster on a clock the tests move.</summary>
    public sealed class Fixture : ClusterFixture
    {
        public MovableClock Clock { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<HubClock>(Clock);
    }
}
