using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Kafka;
using Hub.Kafka.Internal;
using Hub.Tests.Cases;
using Hub.Tests.Kafka;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.EndToEnd;

/// <summary>
/// 全程网办 against 异地代收代办 for one matter, HL-002 医师执业注册变更 (the practising certificate's original goes by post
/// when the window takes it), at 岚皋县's hall for an applicant from Changsha: what each mode asks of originals and
/// delivery, and the mode the department is told.
/// </summary>
public sealed class HandlingModeTests(UnansweredHubFixture hub) : IClassFixture<UnansweredHubFixture>
{
    private static object Body(string mode, string? delivery = null) => new
    {
        matterCode = "HL-002",
        mode,
        delivery,
        applicant = new { id = CaseSamples.ChangshaCitizenId(), name = "刘芳" },
        materials = new[] { "id-card", "practising-certificate", "employment-proof" }.Select(code => new { code, reference = $"scan://{code}" }),
    };

    [Fact]
    public async Task FullyOnline_PostsNoOriginals_AndTheDispatchSaysSo_WhileProxyReceiptAwaitsThem()
    {
        var window = hub.Window("demo-langao-county");

        var online = (await (await window.PostAsJsonAsync("/api/cases", Body("FullyOnline"))).Content.ReadFromJsonAsync<JsonObject>())!;
        var proxy = (await (await window.PostAsJsonAsync("/api/cases", Body("ProxyReceipt"))).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(("FullyOnline", 0, false), (online["mode"]!.GetValue<string>(), online["originals"]!["toPost"]!.AsArray().Count, online["originals"]!["awaited"]!.GetValue<bool>()));
        Assert.Equal(("ProxyReceipt", "practising-certificate", true), (proxy["mode"]!.GetValue<string>(), proxy["originals"]!["toPost"]![0]!.GetValue<string>(), proxy["originals"]!["awaited"]!.GetValue<bool>()));
        var onlineId = online["caseId"]!.GetValue<string>();
        var posting = await window.PostAsJsonAsync($"/api/cases/{onlineId}/shipments", new { direction = "Originals", carrier = "EMS", waybill = $"11{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}" });
        Assert.Equal(HttpStatusCode.BadRequest, posting.StatusCode);
        Assert.Contains("handled FullyOnline", await posting.Content.ReadAsStringAsync());

        using var dispatch = new TopicReader(await hub.BootstrapServersAsync(), HubTopics.Dispatch("health"));
        var proxyId = proxy["caseId"]!.GetValue<string>();
        var tasks = (await dispatch.ReadUntilQuietAsync(r => (r.Message.Key == onlineId || r.Message.Key == proxyId) && TopicReader.TypeOf(r) == HubMessageTypes.DispatchTask, atLeast: 2))
            .Select(r => ProtoCodec.Decode<Wire.DispatchTask>(r.Message.Value)).ToDictionary(t => t.CaseId!, t => t.Mode);
        Assert.Equal(Wire.HandlingMode.FullyOnline, tasks[onlineId]);
        Assert.Equal(Wire.HandlingMode.ProxyReceipt, tasks[proxyId]);
    }

    [Fact]
    public async Task FullyOnline_DeliveredAtTheWindow_IsRefusedNamingDelivery()
    {
        var response = await hub.Window("demo-langao-county").PostAsJsonAsync("/api/cases", Body("FullyOnline", delivery: "Window"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(["delivery"], errors.Select(e => e.Key).ToArray());
        Assert.Contains("Electronic or by Post", errors["delivery"]![0]!.GetValue<string>());
    }
}
