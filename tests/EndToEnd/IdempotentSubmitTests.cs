using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Catalogue;
using Hub.Identifiers;
using Hub.Kafka;
using Hub.Kafka.Internal;
using Hub.Tests.Cases;
using Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.EndToEnd;

/// <summary>
/// A window resends a submission whose answer it never got (a timeout, a 503) with the same Idempotency-Key, and the
/// department receives one case; the same key on another submission is refused naming the header.
/// </summary>
public sealed class IdempotentSubmitTests(HubAppFixture hub) : IClassFixture<HubAppFixture>
{
    private const string LangaoVillage = "demo-langao-village";
    private static readonly Matter Matter = MatterCatalogue.LoadDefault().All.First(m =>
        m.Scope == MatterScope.National && m.ReceivableAt.Contains(DivisionLevel.Village) && m.CompetentLevel == DivisionLevel.County
        && m.Modes.Contains(Hub.Cases.HandlingMode.ProxyReceipt) && m.Stages is not { Count: > 1 });

    [Fact]
    public async Task SameSubmission_SentTwiceWithOneKey_MakesOneCase_AndTheDepartmentGetsOneDispatch()
    {
        var applicant = CaseSamples.UniqueChangshaCitizenId();
        var key = Guid.NewGuid().ToString();

        var first = await Submit(Body(applicant), key);
        var again = await Submit(Body(applicant), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var caseId = await CaseIdOf(first);
        Assert.Equal(caseId, await CaseIdOf(again));
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        using var dispatches = new TopicLog(
            hub.Services.GetRequiredService<KafkaEndpoint>().BootstrapServers,
            [HubTopics.Dispatch(Matter.Department)],
            r => ProtoCodec.Decode<Wire.DispatchTask>(r.Message.Value).Applicant?.Id == applicant);
        var seen = await dispatches.ReadAsync(s => s.Count >= 1, OutboxChecks.Quiet);
        Assert.Equal([caseId], seen.Select(r => r.Message.Key));
    }

    [Fact]
    public async Task SameKey_OnAnotherSubmission_Is422NamingTheHeader_AndMakesNothing()
    {
        var key = Guid.NewGuid().ToString();
        var first = await Submit(Body(CaseSamples.UniqueChangshaCitizenId()), key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        var other = CaseSamples.UniqueChangshaCitizenId();
        var refused = await Submit(Body(other), key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(problem!["errors"]!.AsObject().ContainsKey("Idempotency-Key"), problem.ToJsonString());
        Assert.StartsWith("Idempotency-Key", problem["detail"]!.GetValue<string>());

        // Without the key the other submission is a case of its own.
        var fresh = await Submit(Body(other), key: null);
        Assert.Equal(HttpStatusCode.Created, fresh.StatusCode);
        Assert.NotEqual(await CaseIdOf(first), await CaseIdOf(fresh));
    }

    [Fact]
    public async Task EmptyKey_IsRefusedNamingTheHeader()
    {
        var refused = await Submit(Body(CaseSamples.UniqueChangshaCitizenId()), key: "");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(problem!["errors"]!.AsObject().ContainsKey("Idempotency-Key"), problem.ToJsonString());
    }

    private static object Body(string applicant) => new
    {
        matterCode = Matter.Code,
        applicant = new { kind = "person", id = applicant, name = "刘芳" },
        materials = Matter.Materials.Where(m => m.Required).Select(m => new { code = m.Code, reference = $"scan://{m.Code}" }),
    };

    private async Task<HttpResponseMessage> Submit(object body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        return await hub.Window(LangaoVillage).SendAsync(request);
    }

    private static async Task<string> CaseIdOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!.GetValue<string>();
}
