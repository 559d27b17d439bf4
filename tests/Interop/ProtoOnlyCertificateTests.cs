using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Kafka;
using Hub.Tests.EndToEnd;
using Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Tests.Interop;

/// <summary>
/// The department system written against hub.proto alone issues an e-certificate with its approval of a real case —
/// its identifier's check computed in JavaScript, its type one the catalogue gives the line, its holder the applicant
/// the dispatch names — and later revokes it; a window verifies it over the hub's HTTP API each time.
/// </summary>
public sealed class ProtoOnlyCertificateTests(UnansweredHubFixture hub) : IClassFixture<UnansweredHubFixture>
{
    private const string Window = "demo-langao-village";

    [Fact]
    public async Task NodeClient_ApprovesWithACertificate_ThatVerifiesValidForTheCase_ThenRevokesIt_AndItReadsRevokedWithTheReason()
    {
        var applicant = Cases.CaseSamples.UniqueChangshaCitizenId();
        var caseId = await Submit(applicant);
        var (bootstrap, prefix) = (hub.Services.GetRequiredService<KafkaEndpoint>().BootstrapServers, hub.Services.GetRequiredService<IOptions<KafkaOptions>>().Value.TopicPrefix);

        var approved = await NodeDepartmentClient.RunAsync(bootstrap, prefix, "public-security", caseId, "--certificate");

        Assert.True(approved.ExitCode == 0, $"The Node.js client exited with {approved.ExitCode}. stderr: {approved.Stderr}");
        using var printed = JsonDocument.Parse(approved.Stdout);
        var id = printed.RootElement.GetProperty("certificates")[0].GetProperty("certificateId").GetString()!;
        var valid = await Until(id, c => c?["state"]?["code"]?.GetValue<string>() == "01", "the certificate issued with the approval");
        Assert.Equal(caseId, valid["issuingCase"]!.GetValue<string>());
        Assert.Equal(("11100000HUB000001J001", "居民户口簿"), (valid["type"]!["code"]!.GetValue<string>(), valid["type"]!["name"]!.GetValue<string>()));
        Assert.Equal((applicant[..4], "刘芳"), (valid["holder"]!["id"]!.GetValue<string>()[..4], valid["holder"]!["name"]!.GetValue<string>()));
        var read = await hub.Window(Window).GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}");
        Assert.Equal("Delivered", read!["status"]!.GetValue<string>());
        Assert.Equal(id, Assert.Single(read["certificates"]!.AsArray())!.GetValue<string>());

        var revoked = await NodeDepartmentClient.RevokeAsync(bootstrap, prefix, "public-security", id, "issued on forged materials");

        Assert.True(revoked.ExitCode == 0, $"The Node.js client exited with {revoked.ExitCode}. stderr: {revoked.Stderr}");
        var now = await Until(id, c => c?["state"]?["code"]?.GetValue<string>() == "03", "the revocation");
        Assert.Equal("issued on forged materials", now["state"]!["reason"]!.GetValue<string>());
    }

    private async Task<string> Submit(string applicant)
    {
        var response = await hub.Window(Window).PostAsJsonAsync("/api/cases", new
        {
            matterCode = "PS-004",
            applicant = new { kind = "person", id = applicant, name = "刘芳" },
            materials = new object[] { new { code = "id-card", reference = "scan://id-card" }, new { code = "application-form", reference = "scan://form" } },
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!.GetValue<string>();
    }

    private async Task<JsonObject> Until(string id, Func<JsonObject?, bool> done, string what) =>
        (await Eventually.Until(
            async () =>
            {
                var response = await hub.Window(Window).GetAsync($"/api/certificates/{id}");
                return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonObject>() : null;
            },
            done,
            what: what))!;
}
