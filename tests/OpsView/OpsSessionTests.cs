using Hub.Access;
using Hub.Ops;
using Hub.Tests.Support;
using Microsoft.Extensions.Options;

namespace Hub.Tests.OpsView;

/// <summary>The operator session cookie: valid under the key that issued it until it expires, and under no other key.</summary>
public sealed class OpsSessionTests
{
    private const string Key = "an-operator-key-of-more-than-32-characters";

    private static OpsSession Session(string? key, HubClock clock) => new(Options.Create(new OpsOptions { Key = key }), clock);

    [Fact]
    public void ASession_HoldsNoKey_AndEndsAfterEightHours_OrWithANewKey()
    {
        var clock = new MovableClock();
        var (value, expires) = Session(Key, clock).Issue()!.Value;

        Assert.DoesNotContain(Key, value);
        Assert.InRange(expires - clock.GetUtcNow(), OpsSession.Lifetime - TimeSpan.FromSeconds(5), OpsSession.Lifetime);
        Assert.True(Session(Key, clock).IsValid(value));
        Assert.False(Session(Key + "-rotated", clock).IsValid(value));
        Assert.False(Session(null, clock).IsValid(value));
        Assert.False(Session(Key, clock).IsValid(value[..^1] + (value[^1] == 'A' ? 'B' : 'A')));
        Assert.False(Session(Key, clock).IsValid("99999999999." + value.Split('.')[1]));

        clock.Advance(OpsSession.Lifetime + TimeSpan.FromSeconds(1));
        Assert.False(Session(Key, clock).IsValid(value));
        Assert.Null(Session(null, clock).Issue());
    }
}
