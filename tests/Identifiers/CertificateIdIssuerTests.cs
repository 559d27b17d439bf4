using Hub.Identifiers;
using Hub.Simulator;

namespace Hub.Tests.Identifiers;

public sealed class CertificateIdIssuerTests
{
    private const string Type = "11100000000013338W011";
    private static readonly CreditCode Issuer = CreditCode.Parse("11430000006122244L");

    [Fact]
    public void Next_ManyInOneMillisecond_AreUniqueIncreasingAndVerify()
    {
        var issuer = new CertificateIdIssuer(new StoppedClock(new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(8))));

        var ids = Enumerable.Range(0, 20_000).Select(_ => issuer.Next(Type, Issuer)).ToArray();

        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(id, CertificateId.Parse(id.Value)));
        for (var i = 1; i < ids.Length; i++)
        {
            Assert.True(string.CompareOrdinal(ids[i - 1].Serial, ids[i].Serial) < 0, $"{ids[i - 1]} !< {ids[i]}");
        }
    }

    [Fact]
    public void Next_FromTwoIssuers_DoNotCollide()
    {
        var a = new CertificateIdIssuer(TimeProvider.System);
        var b = new CertificateIdIssuer(TimeProvider.System);

        var ids = Enumerable.Range(0, 10_000).SelectMany(_ => new[] { a.Next(Type, Issuer), b.Next(Type, Issuer) }).ToArray();

        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void Next_WhenTheClockStepsBack_StillIncreases()
    {
        var clock = new StoppedClock(new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(8)));
        var issuer = new CertificateIdIssuer(clock);
        var before = issuer.Next(Type, Issuer);

        clock.Now -= TimeSpan.FromMinutes(5);
        var after = issuer.Next(Type, Issuer);

        Assert.True(string.CompareOrdinal(before.Serial, after.Serial) < 0, $"{before} !< {after}");
    }

    [Fact]
    public void Next_CarriesTypeIssuerFirstVersionAndTheChinaDate()
    {
        // 17:00 UTC on 30 November is 01:00 on 1 December in China.
        var id = new CertificateIdIssuer(new StoppedClock(new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero))).Next(Type, Issuer);

        Assert.Equal(Type, id.TypeCode);
        Assert.Equal(Issuer, id.IssuerCode);
        Assert.Equal("001", id.Version);
        Assert.Equal(20, id.Serial.Length);
        Assert.StartsWith("20261201", id.Serial);
        Assert.Equal(CertificateId.CheckCharacterFor(string.Concat(Type, Issuer.Value, id.Serial, "001")), id.Check);
    }

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
