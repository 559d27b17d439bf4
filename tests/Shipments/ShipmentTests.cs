using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Confluent.Kafka;
using Hub.Kafka;
using Hub.Kafka.Internal;
using Hub.Tests.Cases;
using Hub.Tests.EndToEnd;
using Hub.Tests.Kafka;
using Hub.Tests.Support;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Shipments;

/// <summary>
/// Originals posted to the handling node (双向寄递), on a hub whose departments do not answer: the window records the
/// shipment, a courier's reports over Kafka go on the case in order, the departments hear of the arrival, and a bad
/// report is a dead letter while the next one applies.
/// </summary>
public sealed class ShipmentTests(UnansweredHubFixture hub) : IClassFixture<UnansweredHubFixture>
{
    // 岚皋县's county hall takes PS-006 户口登记项目变更更正 for an applicant from Changsha's 芙蓉区, whose original record goes by post.
    private const string LangaoCounty = "demo-langao-county";

    [Fact]
    public async Task OriginalsPosted_TheirCourierReportsAppearInOrder_TheDepartmentIsToldOfTheArrival_AndABadReportIsDeadLettered()
    {
        var window = hub.Window(LangaoCounty);
        var caseId = await Submit(window, "PS-006");
        var url = $"/api/cases/{caseId}";
        var before = (await window.GetFromJsonAsync<JsonObject>(url))!;
        Assert.Equal(["original-record"], before["originals"]!["toPost"]!.AsArray().Select(m => m!.GetValue<string>()).ToArray());
        Assert.True(before["originals"]!["awaited"]!.GetValue<bool>());

        var waybill = Waybill();
        var recorded = await window.PostAsJsonAsync($"{url}/shipments", new { direction = "Originals", carrier = "ems", waybill = waybill.ToLowerInvariant() });

        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var shipment = (await recorded.Content.ReadFromJsonAsync<JsonObject>())!["shipments"]!.AsArray().Single()!;
        Assert.Equal(("Originals", "EMS", waybill), (shipment["direction"]!.GetValue<string>(), shipment["carrier"]!.GetValue<string>(), shipment["waybill"]!.GetValue<string>()));

        var bootstrap = await hub.BootstrapServersAsync();
        using var producer = new ProducerBuilder<string, byte[]>(new ProducerConfig { BootstrapServers = bootstrap, EnableIdempotence = true }).Build();
        var unknown = Waybill();
        var t = DateTimeOffset.UtcNow;
        foreach (var (bill, kind, location, minutes) in new[]
        {
            (waybill, Wire.ShipmentEventKind.PickedUp, "岚皋县城关营业部", 0),
            (waybill, Wire.ShipmentEventKind.InTransit, "西安邮区中心", 60),
            (unknown, Wire.ShipmentEventKind.InTransit, "长沙邮区中心", 61),
            (waybill, Wire.ShipmentEventKind.Delivered, "芙蓉区政务服务中心", 120),
            (waybill, Wire.ShipmentEventKind.SignedFor, "芙蓉区政务服务中心", 121),
        })
        {
            // All on one key, so the reports stay in order on one partition, the bad one among them.
            await producer.ProduceAsync(HubTopics.Logistics(), new Message<string, byte[]>
            {
                Key = waybill,
                Value = ProtoCodec.Encode(new Wire.LogisticsEvent
                {
                    EventId = Guid.NewGuid().ToString(), OccurredAt = t.AddMinutes(minutes).ToUnixTimeMilliseconds(),
                    Carrier = "EMS", Waybill = bill, Kind = kind, Location = location,
                }),
            });
        }

        var after = await Eventually.Until(
            () => window.GetFromJsonAsync<JsonObject>(url)!,
            c => c!["shipments"]![0]!["events"]!.AsArray().Count >= 4, what: "the courier's four reports on the case");

        var events = after!["shipments"]![0]!["events"]!.AsArray();
        Assert.Equal(["PickedUp", "InTransit", "Delivered", "SignedFor"], events.Select(e => e!["kind"]!.GetValue<string>()).ToArray());
        Assert.True(after["shipments"]![0]!["arrived"]!.GetValue<bool>());
        Assert.False(after["originals"]!["awaited"]!.GetValue<bool>());
        var actions = after["timeline"]!.AsArray().Select(e => e!["action"]!.GetValue<string>()).ToArray();
        Assert.Equal(
            ["originals-to-post", "originals-posted", "originals-picked-up", "originals-in-transit", "originals-delivered", "originals-arrived", "originals-signed-for"],
            actions.Where(a => a.StartsWith("originals-", StringComparison.Ordinal)).ToArray());

        var deadLetters = await HubFeeds.DeadLettersAsync(bootstrap, "", [waybill], atLeast: 1);
        var letter = Assert.Single(deadLetters);
        Assert.StartsWith($"unknown-waybill: no case recorded EMS waybill {unknown}", Encoding.UTF8.GetString(letter.Message.Headers.GetLastBytes(HubHeaders.DeadLetterReason)));

        using var dispatch = new TopicReader(bootstrap, HubTopics.Dispatch("public-security"));
        var notices = (await dispatch.ReadUntilQuietAsync(r => r.Message.Key == caseId && TopicReader.TypeOf(r) == HubMessageTypes.ShipmentNotice, atLeast: 1))
            .Select(r => ProtoCodec.Decode<Wire.ShipmentNotice>(r.Message.Value)).ToArray();
        var notice = Assert.Single(notices);
        Assert.Equal((Wire.ShipmentDirection.Originals, "EMS", waybill, Wire.ShipmentEventKind.Delivered), (notice.Direction, notice.Carrier, notice.Waybill, notice.Kind));
    }

    [Theory]
    [InlineData(null, "EMS", "1180000000001", "direction")]
    [InlineData("Originals", "DHL", "1180000000001", "carrier")]
    [InlineData("Originals", "EMS", "11800", "waybill")]
    [InlineData("Originals", "EMS", "ABCDEFGHIJKL", "waybill")]
    public async Task AShipmentMissingOrMalformed_IsRefusedNamingTheField(string? direction, string carrier, string waybill, string field)
    {
        var window = hub.Window(LangaoCounty);
        var caseId = await Submit(window, "PS-006");

        var response = await window.PostAsJsonAsync($"/api/cases/{caseId}/shipments", new { direction, carrier, waybill });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).ToArray());
        Assert.Empty((await window.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}"))!["shipments"]!.AsArray());
    }

    [Fact]
    public async Task AShipmentTheCaseCannotTake_OrAnotherCasesWaybill_IsRefusedWithTheReason()
    {
        var window = hub.Window(LangaoCounty);
        var withOriginals = await Submit(window, "PS-006");
        var withoutOriginals = await Submit(window, "PS-004");
        var waybill = Waybill();
        Assert.Equal(HttpStatusCode.OK, (await window.PostAsJsonAsync($"/api/cases/{withOriginals}/shipments", new { direction = "Originals", carrier = "EMS", waybill })).StatusCode);

        var taken = await window.PostAsJsonAsync($"/api/cases/{withoutOriginals}/shipments", new { direction = "Originals", carrier = "EMS", waybill });
        var noOriginals = await window.PostAsJsonAsync($"/api/cases/{withoutOriginals}/shipments", new { direction = "Originals", carrier = "EMS", waybill = Waybill() });
        var resultNotByPost = await window.PostAsJsonAsync($"/api/cases/{withOriginals}/shipments", new { direction = "Result", carrier = "EMS", waybill = Waybill() });
        var again = await window.PostAsJsonAsync($"/api/cases/{withOriginals}/shipments", new { direction = "Originals", carrier = "EMS", waybill });

        Assert.Equal((HttpStatusCode.Conflict, "waybill-taken"), (taken.StatusCode, await Code(taken)));
        Assert.DoesNotContain(withOriginals, await taken.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.BadRequest, "invalid-input"), (noOriginals.StatusCode, await Code(noOriginals)));
        Assert.Contains("requires no originals", await noOriginals.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, resultNotByPost.StatusCode);
        Assert.Contains("not by post", await resultNotByPost.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single((await again.Content.ReadFromJsonAsync<JsonObject>())!["shipments"]!.AsArray());
    }

    private static async Task<string> Code(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>();


    // EMS-like: 13 digits, unique per test.
    private static string Waybill() => $"11{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}";

    private static async Task<string> Submit(HttpClient window, string matter)
    {
        var materials = Hub.Catalogue.MatterCatalogue.LoadDefault().All.Single(m => m.Code == matter).Materials
            .Where(m => m.Required).Select(m => new { code = m.Code, reference = $"scan://{m.Code}" });
        var created = await window.PostAsJsonAsync("/api/cases", new
        {
            matterCode = matter,
            applicant = new { id = CaseSamples.ChangshaCitizenId(), name = "刘芳" },
            materials,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!.GetValue<string>();
    }
}
