using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Kafka;
using Hub.Kafka.Internal;
using Hub.Messages;
using Hub.Tests.Cases;
using Hub.Tests.Kafka;
using Hub.Tests.Support;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Notifications;

/// <summary>
/// What the applicant is told on <c>hub.notifications</c>, as an outside gateway reads it, through a case's whole
/// journey at the window: accepted, a supplement asked for, ready at the window, delivered, the rating invited.
/// </summary>
public sealed class ApplicantNotificationTests(NotificationHubFixture hub) : IClassFixture<NotificationHubFixture>
{
    private const string LangaoVillage = "demo-langao-village";
    private const string Phone = "13812345678";

    private static object Body(string? phone, string? notify, string delivery = "Window") => new
    {
        matterCode = "PS-004",
        applicant = new { id = CaseSamples.ChangshaCitizenId(), name = "刘芳", phone, notify },
        delivery,
        materials = new[] { new { code = "id-card", reference = "scan://1" }, new { code = "application-form", reference = "scan://2" } },
    };

    [Fact]
    public async Task EachChangeThatMattersToTheApplicant_IsOneNotification_Masked_InItsTemplate_AndTheGatewayLogsItsText()
    {
        var window = hub.Window(LangaoVillage);
        var created = await window.PostAsJsonAsync("/api/cases", Body("+86 138-1234-5678", notify: null));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var answer = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var caseId = answer["caseId"]!.GetValue<string>();
        var url = $"/api/cases/{caseId}";
        var requested = await SuppliedAndApproved(window, url);
        Assert.Equal(HttpStatusCode.OK, (await window.PostAsync($"{url}/handover", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await window.PostAsJsonAsync($"{url}/rating", new { level = 5 })).StatusCode);

        using var reader = new TopicReader(await hub.BootstrapServersAsync(), HubTopics.Notifications());
        var records = await reader.ReadUntilQuietAsync(r => r.Message.Key == caseId, atLeast: 5);
        var notices = records.Select(r => ApplicantNotificationMapper.ToMessage(ProtoCodec.Decode<Wire.ApplicantNotification>(r.Message.Value))).ToArray();

        // One each, in the order of the case's changes; forwarding, the department's acceptance and the rating tell nothing.
        Assert.Equal(
            [NotificationCodes.Accepted, NotificationCodes.SupplementRequested, NotificationCodes.ReadyAtWindow, NotificationCodes.Delivered, NotificationCodes.RatingInvited],
            notices.Select(n => n.Template).ToArray());
        Assert.All(notices, n => Assert.Equal(("138****5678", Hub.Cases.NotifyBy.Sms, caseId), (n.MaskedPhone, n.Channel, n.CaseId.Value)));
        Assert.All(records, r => Assert.DoesNotContain(Phone, Encoding.UTF8.GetString(r.Message.Value!)));

        var committed = DateOnly.Parse(answer["deadlines"]!["committed"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        Assert.Equal(
            [new("caseId", caseId), new("matter", "户籍类证明开具"), new("deadline", $"{committed.Year}年{committed.Month}月{committed.Day}日"),
             new NotificationParameter("queryCode", answer["queryCode"]!.GetValue<string>())],
            notices[0].Parameters);
        var names = Hub.Catalogue.MatterCatalogue.LoadDefault().All.Single(m => m.Code == "PS-004").Materials.ToDictionary(m => m.Code, m => m.Name);
        Assert.Equal(string.Join("、", requested.Select(c => names[c])), notices[1].Parameters.Single(p => p.Name == "materials").Value);
        Assert.Equal("已在窗口领取", notices[3].Parameters.Single(p => p.Name == "delivery").Value);

        // The stand-in gateway rendered each once, to the masked number; nothing the hub logged holds the number in full.
        var sent = await Eventually.Until(
            () => Task.FromResult(hub.Log.Lines.Where(l => l.Line.Contains($"(case {caseId}, ", StringComparison.Ordinal)).ToArray()),
            l => l.Length >= 5, what: "the gateway to log all five");
        Assert.Equal(5, sent.Length);
        Assert.Contains(sent, l => l.Line.Contains($"to 138****5678 (case {caseId}, HUB_CASE_ACCEPTED): 【政务服务】您申请的户籍类证明开具已受理，办件编号{caseId}", StringComparison.Ordinal));
        Assert.DoesNotContain(hub.Log.Lines, l => l.Line.Contains(Phone, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AResultByPost_IsToldPostedWithItsWaybill_ThenArrivedWhenTheCourierSaysSo()
    {
        var window = hub.Window(LangaoVillage);
        var created = await window.PostAsJsonAsync("/api/cases", Body(Phone, notify: null, delivery: "Post"));
        var caseId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!.GetValue<string>();
        var url = $"/api/cases/{caseId}";
        await SuppliedAndApproved(window, url);
        var waybill = $"SF{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}";

        var posted = await window.PostAsJsonAsync($"{url}/shipments", new { direction = "Result", carrier = "SF", waybill });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("Delivered", (await posted.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>());
        var bootstrap = await hub.BootstrapServersAsync();
        using (var producer = new Confluent.Kafka.ProducerBuilder<string, byte[]>(new Confluent.Kafka.ProducerConfig { BootstrapServers = bootstrap }).Build())
        {
            await producer.ProduceAsync(HubTopics.Logistics(), new Confluent.Kafka.Message<string, byte[]>
            {
                Key = waybill,
                Value = ProtoCodec.Encode(new Wire.LogisticsEvent
                {
                    EventId = Guid.NewGuid().ToString(), OccurredAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
                    Carrier = "SF", Waybill = waybill, Kind = Wire.ShipmentEventKind.SignedFor, Location = "长沙市芙蓉区",
                }),
            });
        }

        using var reader = new TopicReader(bootstrap, HubTopics.Notifications());
        var notices = (await reader.ReadUntilQuietAsync(r => r.Message.Key == caseId, atLeast: 6))
            .Select(r => ApplicantNotificationMapper.ToMessage(ProtoCodec.Decode<Wire.ApplicantNotification>(r.Message.Value))).ToArray();

        Assert.Equal(
            [NotificationCodes.Accepted, NotificationCodes.SupplementRequested, NotificationCodes.Approved, NotificationCodes.ResultPosted, NotificationCodes.RatingInvited, NotificationCodes.ResultArrived],
            notices.Select(n => n.Template).ToArray());
        foreach (var notice in notices.Where(n => n.Template is NotificationCodes.ResultPosted or NotificationCodes.ResultArrived))
        {
            Assert.Equal([("carrier", "顺丰速运"), ("waybill", waybill)], notice.Parameters.Skip(2).Select(p => (p.Name, p.Value)).ToArray());
        }
    }

    [Fact]
    public async Task AnApplicantWhoDeclined_GetsNone_WhileOneWhoDidNotIsTold()
    {
        var window = hub.Window(LangaoVillage);
        var declined = await Submit(window, Body(Phone, notify: "None"));
        var told = await Submit(window, Body(Phone, notify: "App"));
        foreach (var id in new[] { declined, told })
        {
            await Eventually.Until(() => window.GetFromJsonAsync<JsonObject>($"/api/cases/{id}")!, c => c!["status"]!.GetValue<string>() == "SupplementRequested", what: $"case {id} to wait for a supplement");
        }

        using var reader = new TopicReader(await hub.BootstrapServersAsync(), HubTopics.Notifications());
        var records = await reader.ReadUntilQuietAsync(r => r.Message.Key == declined || r.Message.Key == told, atLeast: 2);

        Assert.DoesNotContain(records, r => r.Message.Key == declined);
        var notices = records.Select(r => ProtoCodec.Decode<Wire.ApplicantNotification>(r.Message.Value)).ToArray();
        Assert.Equal([NotificationCodes.Accepted, NotificationCodes.SupplementRequested], notices.Select(n => n.Template!).ToArray());
        Assert.All(notices, n => Assert.Equal(Wire.NotificationChannel.App, n.Channel));
    }

    [Theory]
    [InlineData("12345", null, "applicant.phone")]
    [InlineData("1381234567x", null, "applicant.phone")]
    [InlineData("12812345678", null, "applicant.phone")]
    [InlineData(null, "Sms", "applicant.notify")]
    [InlineData(Phone, "fax", "applicant.notify")]
    public async Task ABadPhoneOrChannel_IsRefusedNamingTheField_AndTheFix(string? phone, string? notify, string field)
    {
        var response = await hub.Window(LangaoVillage).PostAsJsonAsync("/api/cases", Body(phone, notify));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var errors = problem["errors"]!.AsObject();
        Assert.Equal([field], errors.Select(e => e.Key).ToArray());
        var message = errors[field]![0]!.GetValue<string>();
        Assert.Contains(field == "applicant.phone" ? "11 digits" : "None", message);
        if (phone is not null)
        {
            Assert.DoesNotContain(phone, problem.ToJsonString());
        }
    }

    // The departments ask for a supplement on every first dispatch: supply what they asked for, and wait for the approval.
    private static async Task<string[]> SuppliedAndApproved(HttpClient window, string url)
    {
        var waiting = await Eventually.Until(() => window.GetFromJsonAsync<JsonObject>(url)!, c => c!["status"]!.GetValue<string>() == "SupplementRequested", what: "a supplement request");
        var requested = waiting!["tasks"]![0]!["requestedMaterials"]!.AsArray().Select(m => m!.GetValue<string>()).ToArray();
        await window.PostAsJsonAsync($"{url}/supplements", new { materials = requested.Select(code => new { code, reference = "scan://again" }) });
        await Eventually.Until(() => window.GetFromJsonAsync<JsonObject>(url)!, c => c!["status"]!.GetValue<string>() == "Approved", what: "approval after the supplement");
        return requested;
    }

    private static async Task<string> Submit(HttpClient window, object body)
    {
        var created = await window.PostAsJsonAsync("/api/cases", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!.GetValue<string>();
    }

}
