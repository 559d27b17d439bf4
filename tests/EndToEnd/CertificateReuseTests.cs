using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Certificates;
using Hub.Identifiers;
using Hub.Kafka;
using Hub.Kafka.Internal;
using Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Hub.Tests.Certificates.CertificateSamples;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.EndToEnd;

/// <summary>
/// 免提交: a disability certificate issued in Changsha stands in for the paper card at the Lan'gao village window, with
/// the applicant's consent; the department receives the certificate instead of a copy, and the holder's log shows the use.
/// </summary>
public sealed class CertificateReuseTests(UnansweredHubFixture hub) : IClassFixture<UnansweredHubFixture>
{
    private const string Matter = "CA-004";
    private const string DisabilityCard = "11100000HUB000003Q001";
    private const string MarriageCertificate = "111000000000131433001";
    private IGrainFactory Grains => hub.Services.GetRequiredService<IGrainFactory>();

    private string Bootstrap => hub.Services.GetRequiredService<KafkaEndpoint>().BootstrapServers;

    [Fact]
    public async Task CertificateWithConsent_StandsInForThePaperCard_TheDispatchCarriesIt_AndTheHoldersLogShowsTheUse()
    {
        var applicant = Cases.CaseSamples.UniqueChangshaCitizenId();
        var certificate = await IssueAsync(applicant, DisabilityCard);

        var response = await Submit(applicant, certificate, Consent(certificate));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var caseId = (await response.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!.GetValue<string>();
        using var dispatches = new TopicLog(hub.Services.GetRequiredService<KafkaEndpoint>().BootstrapServers, [HubTopics.Dispatch("civil-affairs")], [caseId]);
        var dispatch = ProtoCodec.Decode<Wire.DispatchTask>((await dispatches.ReadAsync(s => s.Count >= 1, OutboxChecks.Quiet))[0].Message.Value);
        var card = Assert.Single(dispatch.Materials, m => m.Code == "disability-card");
        Assert.Equal(certificate, card.CertificateId);
        var verified = card.Certificate!;
        Assert.Equal(
            (certificate, DisabilityCard, "刘芳", "11430000006122244L", Wire.CertificateStatus.Valid, "signature:scan://consent-form"),
            (verified.CertificateId, verified.TypeCode, verified.HolderName, verified.IssuerCode, verified.Status, verified.Consent));
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).AddYears(5).ToString("yyyy-MM-dd"), verified.ValidTo);
        Assert.True(verified.VerifiedAt > 0, "the dispatch says when the hub verified the certificate");
        Assert.All(dispatch.Materials.Where(m => m.Code != "disability-card"), m => Assert.Null(m.Certificate));
        var log = await Grains.GetGrain<IHolderGrain>(hub.Services.GetRequiredService<HolderKeys>().For(HolderIdType.CitizenId, applicant)).GetView();
        var use = Assert.Single(log.Uses, u => u.Kind == CertificateUseKind.Use);
        Assert.Equal((certificate, caseId, Matter, "signature:scan://consent-form"), (use.CertificateId, use.CaseId?.Value, use.MatterCode, use.Consent));
        var feed = await HubFeeds.CertificateFeedAsync(Bootstrap, "", [certificate], atLeast: 2);
        var used = Assert.Single(feed.OfType<Wire.CertificateUsed>());
        Assert.Equal((Wire.CertificateUseKind.Use, caseId, "window:langao-chengguan-village-01"), (used.Kind, used.CaseId, used.Actor));
    }

    [Fact]
    public async Task CertificateRevokedWhileTheCaseThatUsedItIsOpen_IsReportedOnTheCasesTimeline_Once()
    {
        var applicant = Cases.CaseSamples.UniqueChangshaCitizenId();
        var certificate = await IssueAsync(applicant, DisabilityCard);
        var caseId = (await (await Submit(applicant, certificate, Consent(certificate))).Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!.GetValue<string>();
        var revoke = Change(CertificateOperation.Revoke, "disability reassessed", department: "civil-affairs");

        await Grains.GetGrain<ICertificateGrain>(certificate).Apply(revoke);
        await Grains.GetGrain<ICertificateGrain>(certificate).Apply(revoke);

        var read = await hub.Window("demo-langao-village").GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}");
        var notes = read!["timeline"]!.AsArray().Where(t => t!["action"]!.GetValue<string>() == "certificate-revoked").ToArray();
        Assert.Equal($"{certificate}: disability reassessed", Assert.Single(notes)!["detail"]!.GetValue<string>());
        Assert.Equal("Forwarded", read["status"]!.GetValue<string>());

        // The department handling the case hears of it too, once, beside the task it was dispatched.
        using var reader = new Hub.Tests.Kafka.TopicReader(Bootstrap, HubTopics.Dispatch("civil-affairs"));
        var onTopic = await reader.ReadUntilQuietAsync(r => r.Message.Key == caseId, atLeast: 2);
        var types = onTopic.Select(r => System.Text.Encoding.UTF8.GetString(r.Message.Headers.GetLastBytes(HubHeaders.Type))).ToArray();
        Assert.Equal([HubMessageTypes.DispatchTask, HubMessageTypes.CertificateNotice], types);
        var notice = ProtoCodec.Decode<Wire.CertificateNotice>(onTopic[1].Message.Value);
        Assert.Equal(
            (certificate, Wire.CertificateStatus.Revoked, "disability reassessed", "disability-card", "civil-affairs"),
            (notice.CertificateId, notice.Status, notice.Reason, notice.MaterialCode, notice.Department));
    }

    [Fact]
    public async Task WithoutConsent_Revoked_AnotherHolders_OrOfTheWrongType_Is400NamingTheMaterial_AndNothingIsStored()
    {
        var applicant = Cases.CaseSamples.UniqueChangshaCitizenId();
        var valid = await IssueAsync(applicant, DisabilityCard);
        var revoked = await IssueAsync(applicant, DisabilityCard);
        await Grains.GetGrain<ICertificateGrain>(revoked).Apply(Change(CertificateOperation.Revoke, "disability reassessed", department: "civil-affairs"));
        var someoneElses = await IssueAsync(Cases.CaseSamples.UniqueChangshaCitizenId(), DisabilityCard);
        var wrongType = await IssueAsync(applicant, MarriageCertificate);

        var refusals = new (string Certificate, object? Consent, string Says)[]
        {
            (valid, null, "needs the applicant's consent"),
            (valid, new { method = "signature", reference = "scan://consent-form", certificates = Array.Empty<string>() }, "needs the applicant's consent"),
            (revoked, Consent(revoked), "is Revoked on"),
            (someoneElses, Consent(someoneElses), "belongs to another holder"),
            (wrongType, Consent(wrongType), "does not satisfy material 'disability-card'"),
        };
        foreach (var (certificate, consent, says) in refusals)
        {
            var response = await Submit(applicant, certificate, consent);

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{says}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
            var message = problem!["errors"]!["materials[1].certificate"]![0]!.GetValue<string>();
            Assert.Contains(says, message);
        }

        var log = await Grains.GetGrain<IHolderGrain>(hub.Services.GetRequiredService<HolderKeys>().For(HolderIdType.CitizenId, applicant)).GetView();
        Assert.DoesNotContain(log.Uses, u => u.Kind == CertificateUseKind.Use);
    }

    private static object Consent(string certificate) => new { method = "signature", reference = "scan://consent-form", certificates = new[] { certificate } };

    private async Task<string> IssueAsync(string holder, string type)
    {
        var id = CertificateId.Create(type, "11430000006122244L", Guid.NewGuid().ToString("N").ToUpperInvariant(), "001").ToString();
        var metadata = Metadata(validTo: DateOnly.FromDateTime(DateTime.UtcNow).AddYears(5), holder: holder) with { TypeCode = type, MatterCode = null };
        await Grains.GetGrain<ICertificateGrain>(id).Issue(new CertificateIssue(metadata, Change(CertificateOperation.Issue, department: "civil-affairs"), null, null, null));
        return id;
    }

    private Task<HttpResponseMessage> Submit(string applicant, string certificate, object? consent) =>
        hub.Window("demo-langao-village").PostAsJsonAsync("/api/cases", new
        {
            matterCode = Matter,
            applicant = new { kind = "person", id = applicant, name = "刘芳" },
            materials = new object[]
            {
                new { code = "id-card", reference = "scan://id-card" },
                new { code = "disability-card", certificate },
                new { code = "bank-account", reference = "scan://bank" },
            },
            consent,
        });
}
