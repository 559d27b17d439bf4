using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Certificates;
using Hub.Tests.Certificates;
using Microsoft.Extensions.DependencyInjection;
using static Hub.Tests.Certificates.CertificateSamples;

namespace Hub.Tests.EndToEnd;

/// <summary>A certificate issued in Changsha, verified over HTTP at a window in another province; each verification on the holder's log.</summary>
public sealed class CertificateVerificationTests(HubAppFixture hub) : IClassFixture<HubAppFixture>
{
    private const string WushenBanner = "demo-wushen-banner";

    private IGrainFactory Grains => hub.Services.GetRequiredService<IGrainFactory>();

    [Fact]
    public async Task CertificateIssuedInChangsha_VerifiesAsValidInWushen_WithTheHolderMasked_AndTheVerificationIsLogged()
    {
        var id = NewId();
        var issue = Issue(validTo: new DateOnly(2036, 3, 1));
        await Grains.GetGrain<ICertificateGrain>(id).Issue(issue);

        var response = await hub.Window(WushenBanner).GetAsync($"/api/certificates/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var read = JsonNode.Parse(body)!;
        Assert.Equal(("01", "Valid"), (read["state"]!["code"]!.GetValue<string>(), read["state"]!["name"]!.GetValue<string>()));
        Assert.Equal(issue.Metadata.TypeName, read["type"]!["name"]!.GetValue<string>());
        Assert.Equal("2036-03-01", read["validTo"]!.GetValue<string>());
        Assert.DoesNotContain(issue.Metadata.HolderId, body);
        Assert.Equal(issue.Metadata.HolderId[..4], read["holder"]!["id"]!.GetValue<string>()[..4]);
        var holder = await Grains.GetGrain<IHolderGrain>(hub.Services.GetRequiredService<HolderKeys>().For(HolderIdType.CitizenId, issue.Metadata.HolderId)).GetView();
        var logged = Assert.Single(holder.Uses, u => u.CertificateId == id);
        Assert.Equal((CertificateUseKind.Verification, "window:wushen-banner-hall-01", "150626000000"), (logged.Kind, logged.Actor, logged.Node?.ToString()));
    }

    [Fact]
    public async Task RevokedCertificate_ReadsRevoked_WithTheReasonAndSince()
    {
        var id = NewId();
        await Grains.GetGrain<ICertificateGrain>(id).Issue(Issue());
        await Grains.GetGrain<ICertificateGrain>(id).Apply(Change(CertificateOperation.Revoke, "issued on forged materials"));

        var read = await hub.Window(WushenBanner).GetFromJsonAsync<JsonObject>($"/api/certificates/{id}");

        Assert.Equal(("03", "issued on forged materials"), (read!["state"]!["code"]!.GetValue<string>(), read["state"]!["reason"]!.GetValue<string>()));
        Assert.NotNull(read["state"]!["since"]);
    }

    [Fact]
    public async Task RenewedCertificate_ReadsReplaced_NamingTheNewOne()
    {
        var (oldId, newId) = (NewId(), NewId());
        await Grains.GetGrain<ICertificateGrain>(oldId).Issue(Issue());
        await Grains.GetGrain<ICertificateGrain>(newId).Issue(Issue(replaces: oldId, how: CertificateOperation.Renew));

        var read = await hub.Window(WushenBanner).GetFromJsonAsync<JsonObject>($"/api/certificates/{oldId}");

        Assert.Equal(("05", newId), (read!["state"]!["code"]!.GetValue<string>(), read["replacedBy"]!.GetValue<string>()));
    }

    [Fact]
    public async Task MalformedId_Is400NamingThePart_AndAnUnknownOneIs404()
    {
        var valid = NewId();
        var wrongCheck = valid[..^1] + (valid[^1] == 'A' ? 'B' : 'A');

        var malformed = await hub.Window(WushenBanner).GetAsync($"/api/certificates/{wrongCheck}");
        var unknown = await hub.Window(WushenBanner).GetAsync($"/api/certificates/{valid}");

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        var problem = await malformed.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains("check", problem!["errors"]!["id"]![0]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("No such certificate", (await unknown.Content.ReadFromJsonAsync<JsonObject>())!["title"]!.GetValue<string>());
    }
}

/// <summary>A holder in person reads their own certificates and log at a window, with consent; the lookup is logged.</summary>
public sealed class HolderLookupTests(HubAppFixture hub) : IClassFixture<HubAppFixture>
{
    [Fact]
    public async Task Holder_WithConsent_ReadsTheirCertificatesAndEveryVerification_AndTheLookupIsLogged()
    {
        var grains = hub.Services.GetRequiredService<IGrainFactory>();
        var holder = Cases.CaseSamples.UniqueChangshaCitizenId();
        var id = NewId();
        await grains.GetGrain<ICertificateGrain>(id).Issue(Issue() with { Metadata = Metadata(holder: holder) });
        await hub.Window("demo-wushen-banner").GetAsync($"/api/certificates/{id}");
        var window = hub.Window("demo-langao-village");

        var response = await window.PostAsJsonAsync("/api/holders/lookup", new { id = holder, consent = new { method = "face-check", reference = "fc-20261201-0042" } });
        var again = await window.PostAsJsonAsync("/api/holders/lookup", new { id = holder, consent = new { method = "signature", reference = "scan://consent" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = await again.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal([id], read!["certificates"]!.AsArray().Select(c => c!.GetValue<string>()));
        var uses = read["uses"]!.AsArray();
        Assert.Equal(["Lookup", "Lookup", "Verification"], uses.Select(u => u!["kind"]!.GetValue<string>()));
        Assert.Equal("face-check:fc-20261201-0042", uses[1]!["consent"]!.GetValue<string>());
        Assert.DoesNotContain(holder, await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Lookup_WithoutConsent_Is400NamingConsent_AndAWrongIdNamesTheId()
    {
        var window = hub.Window("demo-langao-village");

        var noConsent = await window.PostAsJsonAsync("/api/holders/lookup", new { id = Cases.CaseSamples.ChangshaCitizenId() });
        var badId = await window.PostAsJsonAsync("/api/holders/lookup", new { id = "430102199003071230", consent = new { method = "signature", reference = "x" } });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (noConsent.StatusCode, badId.StatusCode));
        Assert.True((await noConsent.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().ContainsKey("consent"));
        Assert.True((await badId.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().ContainsKey("id"));
    }
}
