using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Hub.Kafka.Contracts;
using Hub.LoadTests.Hosting;
using Hub.LoadTests.Load;
using Hub.LoadTests.Measure;

namespace Hub.Tests.LoadTests;

/// <summary>The benchmark's reuse of certificates: only once the hub has delivered the case that issued one and applied its issue, by its holder, with consent.</summary>
public sealed class CertificateReuseTests
{
    private const string Home = "430102001001";
    private const string HouseholdRegister = "11100000HUB000001J001";
    private static readonly WindowCredential Window = new("w", "430102001", "k", "window");
    private static readonly CaseOffer Migration = new(Window, Home, "PS-001", "public-security", "ProxyReceipt", "Electronic", false, ["id-card", "household-register"]);
    private static readonly CaseOffer IdCardRenewal = new(Window, Home, "PS-002", "public-security", "ProxyReceipt", "Electronic", false, ["id-card"]);
    private static readonly IssuedCertificate Register = new("1.2.156.3005.2.test", HouseholdRegister, "430102199003071234", "王芳", false);

    private readonly CertificateReuse _reuse;
    private readonly CaseLedger _ledger;

    public CertificateReuseTests()
    {
        var plan = new CasePlan([Migration, IdCardRenewal], [("PS-001", "household-register", HouseholdRegister), ("PS-002", "household-register", HouseholdRegister)]);
        _reuse = new CertificateReuse(plan, issuePercent: 70, reusePercent: 100);
        _ledger = new CaseLedger(new Counters(), Channel.CreateUnbounded<WindowAction>().Writer, _reuse);
    }

    [Fact]
    public void CertificateOfACaseNotYetDelivered_IsNotReused_UntilTheFeedShowsTheCaseDelivered()
    {
        _ledger.Accept("c1", Migration, Stopwatch.GetTimestamp());
        _ledger.CertificateIssued("c1", Register);

        _reuse.OnIssueApplied(Register.Id);

        Assert.Null(_reuse.Next(new Random(1)));

        _ledger.OnStatus("c1", 4, CaseStatus.Delivered);
        var reuse = _reuse.Next(new Random(1));

        Assert.NotNull(reuse);
        Assert.Equal((Register, "household-register"), (reuse.Certificate, reuse.Material));
        var figures = _reuse.Figures();
        Assert.Equal((1L, 1L, 2L, 1L, 1L), (figures.Issued, figures.Reusable, figures.ReuseWanted, figures.NoneReady, figures.ReuseSubmitted));
    }

    [Fact]
    public void CertificateOfADeliveredCase_IsNotReused_UntilTheHubShowsItsIssueApplied()
    {
        _ledger.Accept("c1", Migration, Stopwatch.GetTimestamp());
        _ledger.CertificateIssued("c1", Register);
        _ledger.OnStatus("c1", 4, CaseStatus.Delivered);

        // The approval and the certificate travel on different keys: the case may be delivered before the issue is applied.
        Assert.Null(_reuse.Next(new Random(1)));

        _reuse.OnIssueApplied(Register.Id);

        Assert.Equal(Register, _reuse.Next(new Random(1))?.Certificate);
    }

    [Fact]
    public void ReusingSubmission_IsTheHolders_NamesTheCertificateForItsMaterial_AndCoversItByConsent()
    {
        var json = JsonDocument.Parse(SubmissionJson.WriteReuse(new CertificateReuseOffer(IdCardRenewal, "household-register", Register), new Random(1))).RootElement;

        Assert.Equal((Register.HolderId, Register.HolderName, "person", Home),
            (json.GetProperty("applicant").GetProperty("id").GetString(), json.GetProperty("applicant").GetProperty("name").GetString(),
             json.GetProperty("applicant").GetProperty("kind").GetString(), json.GetProperty("applicant").GetProperty("home").GetString()));
        var material = Assert.Single(json.GetProperty("materials").EnumerateArray(), m => m.GetProperty("code").GetString() == "household-register");
        Assert.Equal(Register.Id, material.GetProperty("certificate").GetString());
        Assert.False(material.TryGetProperty("reference", out _));
        Assert.Equal([Register.Id], json.GetProperty("consent").GetProperty("certificates").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("signature", json.GetProperty("consent").GetProperty("method").GetString());
    }
}
