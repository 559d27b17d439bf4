using Hub.Certificates;
using Hub.Tests.Support;
using Orleans.Core.Internal;
using static Hub.Tests.Certificates.CertificateSamples;

namespace Hub.Tests.Certificates;

/// <summary>Certificates through the real Orleans runtime and the silo's storage.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CertificateGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Revoked_AndDeactivated_ReadsRevokedWithItsReason_FromStorage()
    {
        var id = NewId();
        var grain = fixture.Client.GetGrain<ICertificateGrain>(id);
        var issue = Issue();
        await grain.Issue(issue);
        await grain.Apply(Change(CertificateOperation.Revoke, "obtained by fraud"));

        await grain.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        var read = await Eventually.Until(() => grain.GetView(), v => v.History.Count == 2, what: "the certificate read again");

        Assert.Equal(CertificateStatus.Revoked, read.Status);
        Assert.Equal("obtained by fraud", read.History[^1].Reason);
        Assert.Equal(issue.Metadata, read.Metadata);
    }

    [Fact]
    public async Task Renewal_IssuedOverTheOld_MakesTheOldReadReplaced_NamingTheNew()
    {
        var oldId = NewId();
        await fixture.Client.GetGrain<ICertificateGrain>(oldId).Issue(Issue());
        var newId = NewId();
        var renewal = Issue(replaces: oldId, how: CertificateOperation.Renew);

        var renewed = await fixture.Client.GetGrain<ICertificateGrain>(newId).Issue(renewal);
        await fixture.Client.GetGrain<ICertificateGrain>(newId).Issue(renewal);

        var old = await fixture.Client.GetGrain<ICertificateGrain>(oldId).GetView();
        Assert.Equal((CertificateStatus.Valid, oldId), (renewed.Status, renewed.Replaces));
        Assert.Equal((CertificateStatus.Expired, newId), (old.Status, old.ReplacedBy));
        Assert.Single(old.History, h => h.Operation == CertificateOperation.Renew);
    }

    [Fact]
    public async Task OperationThatDoesNotFit_IsRefused_AndNothingIsStored()
    {
        var grain = fixture.Client.GetGrain<ICertificateGrain>(NewId());
        await grain.Issue(Issue());
        await grain.Apply(Change(CertificateOperation.Cancel, "holder moved away"));

        var refused = await Assert.ThrowsAsync<CertificateRuleException>(() => grain.Apply(Change(CertificateOperation.Suspend)));
        await grain.AsReference<IGrainManagementExtension>().DeactivateOnIdle();

        Assert.Equal(CertificateRuleCodes.InvalidTransition, refused.Code);
        var read = await grain.GetView();
        Assert.Equal((CertificateStatus.Cancelled, 2), (read.Status, read.History.Count));
    }

    [Fact]
    public async Task CertificateNeverIssued_IsNotFound()
    {
        var refused = await Assert.ThrowsAsync<CertificateRuleException>(() => fixture.Client.GetGrain<ICertificateGrain>(NewId()).GetView());

        Assert.Equal(CertificateRuleCodes.NotFound, refused.Code);
    }

    [Theory]
    [InlineData("11100000HUB0000075009", Department, CertificateRuleCodes.UnknownType)]
    [InlineData(CertificateSamples.TypeCode, "tax", CertificateRuleCodes.TypeNotIssuedHere)]
    public async Task Issue_OfATypeTheLineDoesNotIssue_IsRefused_AndNothingIsIssued(string typeCode, string department, string code)
    {
        var grain = fixture.Client.GetGrain<ICertificateGrain>(NewId());
        var issue = Issue() with { Metadata = Metadata() with { TypeCode = typeCode }, Issued = Change(CertificateOperation.Issue, department: department) };

        var refused = await Assert.ThrowsAsync<CertificateRuleException>(() => grain.Issue(issue));

        Assert.Equal(code, refused.Code);
        Assert.Equal(CertificateRuleCodes.NotFound, (await Assert.ThrowsAsync<CertificateRuleException>(() => grain.GetView())).Code);
    }
}
