using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Confluent.Kafka;
using Hub.Cases;
using Hub.Kafka;
using Hub.Kafka.Internal;
using Hub.Tests.EndToEnd;
using Hub.Tests.Kafka;
using Hub.Tests.Support;
using Hub.Timers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Hotline;

/// <summary>
/// 12345 work orders end to end, as the hotline platform and a department line see them over Kafka: an order from an
/// outside client reaches the competent county's department, is carded when its limit passes unanswered (the hub's
/// clock moved), and closes with the department's reply and the caller's satisfaction; bad orders are dead letters.
/// </summary>
public sealed class WorkOrderTests(WorkOrderTests.Fixture hub) : IClassFixture<WorkOrderTests.Fixture>
{
    // 岚皋县城关镇城关村: its county is 610925, its town 610925100.
    private const string Village = "610925100201";

    [Fact]
    public async Task AnOrder_ReachesTheCountysDepartment_IsCardedWhenItsLimitPassesUnanswered_AndClosesWithTheReplyAndTheSatisfaction()
    {
        // Monday 28 September 2026: three working days are the 29th, the 30th and — after the National Day holiday — 8 October.
        hub.At("2026-09-28T09:00:00+08:00");
        var id = NewId();
        await using var kafka = await Client.OpenAsync(hub);
        await kafka.OrderAsync(Order(id, Wire.WorkOrderKind.Consultation, "social-insurance"));

        var dispatches = await kafka.ReadAsync(HubTopics.Dispatch("human-resources"), id, atLeast: 1);
        var dispatch = ProtoCodec.Decode<Wire.WorkOrderDispatch>(Assert.Single(dispatches).Message.Value);
        Assert.Equal(HubMessageTypes.WorkOrderDispatch, TopicReader.TypeOf(dispatches[0]));
        Assert.Equal(("610925000000", "2026-10-08", "138****5678", "社会保险"), (dispatch.Node, dispatch.Deadline, dispatch.CallerMasked, dispatch.CategoryName));

        // Its last day: the reminder, no card yet.
        hub.At("2026-10-08T09:00:00+08:00");
        await hub.WakeAsync();
        Assert.Equal(["Reminder"], (await hub.OrderAsync(id, _ => true))["notices"]!.AsArray().Select(n => n!["kind"]!.GetValue<string>()).ToArray());

        // The morning after its last day, unanswered: the yellow card, once however often the sweeper looks.
        hub.At("2026-10-09T00:00:01+08:00");
        await hub.WakeAsync();
        await hub.WakeAsync();
        var carded = await hub.OrderAsync(id, o => o["notices"]!.AsArray().Count >= 2);
        Assert.Equal(["Reminder", "YellowCard"], carded["notices"]!.AsArray().Select(n => n!["kind"]!.GetValue<string>()).ToArray());

        await kafka.ReplyAsync("human-resources", id, "已联系来电人，社保缴费记录已更正。");
        await hub.OrderAsync(id, o => o["status"]!.GetValue<string>() == "Replied");
        // Answered: no red card when its day comes (10 October is a make-up working day, so the red card would be due the 11th).
        hub.At("2026-10-12T09:00:00+08:00");
        await hub.WakeAsync();
        await kafka.FeedbackAsync(id, Wire.Satisfaction.Satisfied);
        var closed = await hub.OrderAsync(id, o => o["status"]!.GetValue<string>() == "Closed");

        Assert.Equal(("已联系来电人，社保缴费记录已更正。", "Satisfied", 2), (closed["reply"]!.GetValue<string>(), closed["satisfaction"]!.GetValue<string>(), closed["notices"]!.AsArray().Count));
        var toDepartment = await kafka.ReadAsync(HubTopics.Dispatch("human-resources"), id, atLeast: 3);
        Assert.Equal([HubMessageTypes.WorkOrderDispatch, HubMessageTypes.WorkOrderNotice, HubMessageTypes.WorkOrderNotice], toDepartment.Select(TopicReader.TypeOf).ToArray());
        var yellow = ProtoCodec.Decode<Wire.WorkOrderNotice>(toDepartment[2].Message.Value);
        Assert.Equal((Wire.WorkOrderNoticeKind.YellowCard, "610925000000", "human-resources"), (yellow.Kind, yellow.Node, yellow.Department));
        var feed = (await kafka.ReadAsync(HubTopics.WorkOrders(), id, atLeast: 5))
            .Where(r => TopicReader.TypeOf(r) == HubMessageTypes.WorkOrderStatusChanged)
            .Select(r => ProtoCodec.Decode<Wire.WorkOrderStatusChanged>(r.Message.Value)).ToArray();
        Assert.Equal([Wire.WorkOrderStatus.Dispatched, Wire.WorkOrderStatus.Replied, Wire.WorkOrderStatus.Closed], feed.Select(f => f.Status).ToArray());
        Assert.True(feed[^1].Overdue);
        Assert.Equal(Wire.Satisfaction.Satisfied, feed[^1].Satisfaction);
    }

    [Fact]
    public async Task AnUrgentOrder_IsDueTheDayItCame_AndAnUnansweredOneGetsItsRedCardTwoWorkingDaysLater()
    {
        hub.At("2026-10-12T15:00:00+08:00");
        var id = NewId();
        await using var kafka = await Client.OpenAsync(hub);
        await kafka.OrderAsync(Changed(Order(id, Wire.WorkOrderKind.Help, "village-affairs"), o => o.Urgent = true));
        var dispatched = await hub.OrderAsync(id, o => o["status"]!.GetValue<string>() == "Dispatched");
        Assert.Equal(("610925100000", "civil-affairs", "2026-10-12"), (dispatched["node"]!.GetValue<string>(), dispatched["department"]!.GetValue<string>(), dispatched["deadline"]!.GetValue<string>()));

        hub.At("2026-10-13T00:00:01+08:00");
        await hub.WakeAsync();
        await hub.OrderAsync(id, o => o["notices"]!.AsArray().Count >= 1);
        hub.At("2026-10-14T23:59:00+08:00");
        await hub.WakeAsync();
        Assert.Single((await hub.OrderAsync(id, _ => true))["notices"]!.AsArray());
        hub.At("2026-10-15T00:00:01+08:00");
        await hub.WakeAsync();
        var red = await hub.OrderAsync(id, o => o["notices"]!.AsArray().Count >= 2);

        // No reminder for an order due the day it came: a yellow card the next morning, a red one when the 13th and 14th passed too.
        Assert.Equal(["YellowCard", "RedCard"], red["notices"]!.AsArray().Select(n => n!["kind"]!.GetValue<string>()).ToArray());
        Assert.InRange(red["notices"]![1]!["at"]!.GetValue<DateTimeOffset>(), Supervision.StartOf(new DateOnly(2026, 10, 15)), Supervision.StartOf(new DateOnly(2026, 10, 15)).AddMinutes(1));
    }

    [Fact]
    public async Task AResentOrder_IsDispatchedOnce()
    {
        hub.At("2026-10-12T10:00:00+08:00");
        var id = NewId();
        await using var kafka = await Client.OpenAsync(hub);
        var order = Order(id, Wire.WorkOrderKind.Complaint, "consumer-rights");
        await kafka.OrderAsync(order);
        await kafka.OrderAsync(order);
        await kafka.OrderAsync(Order(NewId(), Wire.WorkOrderKind.Complaint, "consumer-rights"));

        var dispatches = await kafka.ReadAsync(HubTopics.Dispatch("market-regulation"), id, atLeast: 1);

        Assert.Single(dispatches);
        var read = await hub.OrderAsync(id, _ => true);
        // Complaints have 13 working days: 13 to 29 October.
        Assert.Equal(("2026-10-29", 2), (read["deadline"]!.GetValue<string>(), read["steps"]!.AsArray().Count));
    }

    [Fact]
    public async Task BadOrdersRepliesAndReturnVisits_AreDeadLetteredWithTheirReason_AndTheOrderAfterThemApplies()
    {
        hub.At("2026-10-12T11:00:00+08:00");
        await using var kafka = await Client.OpenAsync(hub);
        var (unmasked, noRoute, noDivision, early, unknown, wrongLine, good) = (NewId(), NewId(), NewId(), NewId(), NewId(), NewId(), NewId());
        var delayedQuestion = NewId();
        await kafka.OrderAsync(Changed(Order(delayedQuestion, Wire.WorkOrderKind.Consultation, "tax"), o => o.AboutDelay = true));
        await kafka.OrderAsync(Changed(Order(unmasked, Wire.WorkOrderKind.Consultation, "tax"), o => o.CallerMasked = "13812345678"));
        await kafka.OrderAsync(Order(noRoute, Wire.WorkOrderKind.Consultation, "weather"));
        await kafka.OrderAsync(Changed(Order(noDivision, Wire.WorkOrderKind.Consultation, "tax"), o => o.Division = "6109251002"));
        await kafka.OrderAsync(Order(early, Wire.WorkOrderKind.Consultation, "tax"));
        await kafka.FeedbackAsync(early, Wire.Satisfaction.Dissatisfied);
        // The wrong line's reply comes on another topic than the order: sent once the order is in, it meets the order.
        await hub.OrderAsync(early, o => o["status"]!.GetValue<string>() == "Dispatched");
        await kafka.ReplyAsync("tax", unknown, "已答复");
        await kafka.ReplyAsync("housing", early, "已答复");
        await kafka.OrderAsync(Order(good, Wire.WorkOrderKind.Suggestion, "tax"));

        await hub.OrderAsync(good, o => o["status"]!.GetValue<string>() == "Dispatched");
        var letters = await HubFeeds.DeadLettersAsync(kafka.Bootstrap, "", [unmasked, noRoute, noDivision, early, unknown, delayedQuestion], atLeast: 7);
        var reasons = letters.Select(l => (l.Message.Key!, Reason: Encoding.UTF8.GetString(l.Message.Headers.GetLastBytes(HubHeaders.DeadLetterReason)))).ToArray();

        Assert.Equal(7, reasons.Length);
        Assert.StartsWith("invalid-work-order: about_delay is set on a consultation", reasons.Single(r => r.Item1 == delayedQuestion).Reason);
        Assert.StartsWith("caller-not-masked: ", reasons.Single(r => r.Item1 == unmasked).Reason);
        Assert.StartsWith("no-route: category 'weather' is not in the hub's routing table", reasons.Single(r => r.Item1 == noRoute).Reason);
        Assert.StartsWith("invalid-work-order: division '6109251002'", reasons.Single(r => r.Item1 == noDivision).Reason);
        Assert.StartsWith("unknown-order: ", reasons.Single(r => r.Item1 == unknown).Reason);
        Assert.Equal(["invalid-transition", "wrong-department"], reasons.Where(r => r.Item1 == early).Select(r => r.Reason[..r.Reason.IndexOf(':')]).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(HttpStatusCode.NotFound, (await hub.Window("demo-ops").GetAsync($"/ops/work-orders/{noRoute}")).StatusCode);
        var table = (await hub.Window("demo-ops").GetFromJsonAsync<JsonObject>("/ops/hotline/categories"))!["categories"]!.AsArray();
        Assert.DoesNotContain(table, c => c!["code"]!.GetValue<string>() == "weather");
        Assert.Equal(("tax", "County"), (table.Single(c => c!["code"]!.GetValue<string>() == "tax")!["department"]!.GetValue<string>(),
            table.Single(c => c!["code"]!.GetValue<string>() == "tax")!["level"]!.GetValue<string>()));
        Assert.Equal("Dispatched", (await hub.OrderAsync(early, _ => true))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task ADissatisfiedCaller_SendsTheOrderBackOnceWithANewLimit_AndTheNextReturnVisitClosesIt()
    {
        hub.At("2026-10-12T16:00:00+08:00");
        var id = NewId();
        await using var kafka = await Client.OpenAsync(hub);
        await kafka.OrderAsync(Order(id, Wire.WorkOrderKind.Help, "housing"));
        // The department answers what it was dispatched: the reply comes on another topic, so only after the order is in.
        await hub.OrderAsync(id, o => o["status"]!.GetValue<string>() == "Dispatched");
        var first = await kafka.ReplyAsync("housing", id, "已转物业公司处理。");
        await hub.OrderAsync(id, o => o["status"]!.GetValue<string>() == "Replied");

        // The return visit on Friday 16 October: 不满意. Three working days from then: 19, 20, 21 October.
        hub.At("2026-10-16T10:00:00+08:00");
        await kafka.FeedbackAsync(id, Wire.Satisfaction.Dissatisfied, hub.Clock.GetUtcNow());
        var reopened = await hub.OrderAsync(id, o => o["status"]!.GetValue<string>() == "Dispatched" && o["round"]!.GetValue<int>() == 2);
        Assert.Equal("2026-10-21", reopened["deadline"]!.GetValue<string>());
        await kafka.ProduceAgainAsync(first);
        await kafka.ReplyAsync("housing", id, "已约物业上门维修，来电人确认。");
        await hub.OrderAsync(id, o => o["status"]!.GetValue<string>() == "Replied");
        await kafka.FeedbackAsync(id, Wire.Satisfaction.Dissatisfied, hub.Clock.GetUtcNow());
        var closed = await hub.OrderAsync(id, o => o["status"]!.GetValue<string>() == "Closed");

        Assert.Equal(("已约物业上门维修，来电人确认。", "Dissatisfied", 2), (closed["reply"]!.GetValue<string>(), closed["satisfaction"]!.GetValue<string>(), closed["round"]!.GetValue<int>()));
        var dispatches = (await kafka.ReadAsync(HubTopics.Dispatch("housing"), id, atLeast: 2)).Select(r => ProtoCodec.Decode<Wire.WorkOrderDispatch>(r.Message.Value)).ToArray();
        Assert.Equal(["2026-10-15", "2026-10-21"], dispatches.Select(d => d.Deadline!).ToArray());
        var feed = (await kafka.ReadAsync(HubTopics.WorkOrders(), id, atLeast: 5)).Select(r => ProtoCodec.Decode<Wire.WorkOrderStatusChanged>(r.Message.Value).Status).ToArray();
        Assert.Equal([Wire.WorkOrderStatus.Dispatched, Wire.WorkOrderStatus.Replied, Wire.WorkOrderStatus.Dispatched, Wire.WorkOrderStatus.Replied, Wire.WorkOrderStatus.Closed], feed);
    }

    [Fact]
    public async Task AComplaintNamingACase_AppearsOnTheCasesTimelineOnce_AndOneNamingNoCaseOfTheHubIsStillDispatched()
    {
        hub.At("2026-10-12T14:00:00+08:00");
        var window = hub.Window("demo-langao-county");
        var (caseId, _) = await SubmitCaseAsync();
        var (complaint, stranger) = (NewId(), NewId());
        await using var kafka = await Client.OpenAsync(hub);
        var order = Changed(Order(complaint, Wire.WorkOrderKind.Complaint, "household-registration"), o => o.CaseId = caseId);
        await kafka.OrderAsync(order);
        await kafka.OrderAsync(order);
        await kafka.OrderAsync(Changed(Order(stranger, Wire.WorkOrderKind.Complaint, "household-registration"), o => o.CaseId = caseId[..^4] + "ZZZZ"));

        var named = await hub.OrderAsync(complaint, _ => true);
        var unknown = await hub.OrderAsync(stranger, _ => true);
        var timeline = (await window.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}"))!["timeline"]!.AsArray();

        var entry = Assert.Single(timeline, t => t!["action"]!.GetValue<string>() == "hotline-complaint");
        Assert.Equal(("hotline:12345", $"{complaint} 户籍与身份证件"), (entry!["actor"]!.GetValue<string>(), entry["detail"]!.GetValue<string>()));
        Assert.Contains(named["steps"]!.AsArray(), s => s!["step"]!.GetValue<string>() == "case" && s["detail"]!.GetValue<string>().Contains(caseId, StringComparison.Ordinal));
        Assert.Equal("Dispatched", unknown["status"]!.GetValue<string>());
        Assert.Contains("不存在", unknown["steps"]!.AsArray().Single(s => s!["step"]!.GetValue<string>() == "case")!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AComplaintAboutACasesDelay_CountsOnceAgainstTheNodeAndLineWhoseTaskIsOpen_AndAPlainComplaintDoesNot()
    {
        // A day no other test of this class calls on, so the node's figures of that day are this test's alone.
        hub.At("2026-10-20T10:00:00+08:00");
        var (caseId, handling) = await SubmitCaseAsync();
        var (delay, plain) = (NewId(), NewId());
        await using var kafka = await Client.OpenAsync(hub);
        var complaint = Changed(Order(delay, Wire.WorkOrderKind.Complaint, "household-registration"), o => (o.CaseId, o.AboutDelay) = (caseId, true));
        await kafka.OrderAsync(complaint);
        await kafka.OrderAsync(complaint);
        await kafka.OrderAsync(Changed(Order(plain, Wire.WorkOrderKind.Complaint, "household-registration"), o => o.CaseId = caseId));
        await hub.OrderAsync(plain, o => o["steps"]!.AsArray().Any(s => s!["step"]!.GetValue<string>() == "case"));
        await hub.OrderAsync(delay, o => o["steps"]!.AsArray().Any(s => s!["step"]!.GetValue<string>() == "case"));

        var timeline = (await hub.Window("demo-langao-county").GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}"))!["timeline"]!.AsArray()
            .Select(t => t!["action"]!.GetValue<string>()).Where(a => a.StartsWith("hotline-", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["hotline-complaint", "hotline-delay-complaint"], timeline);
        var notices = (await HubFeeds.SupervisionAsync(kafka.Bootstrap, HubTopics.Supervision(), [caseId], atLeast: 1))
            .Where(n => n.Kind == Wire.SupervisionKind.DelayComplaint).ToArray();
        var notice = Assert.Single(notices);
        Assert.Equal((handling, "public-security"), (notice.ResponsibleNode, notice.Department));
        Assert.Contains(delay, notice.Detail, StringComparison.Ordinal);

        // The applicant's home district handles the case: its window reads the figures.
        Assert.StartsWith("430102", handling, StringComparison.Ordinal);
        var figures = await hub.CaughtUpStatisticsAsync("demo-changsha-furong", $"/api/nodes/{handling}/statistics?from=2026-10-20&to=2026-10-20");
        Assert.Equal((1, 1), (figures["all"]!["delayComplaints"]!.GetValue<int>(), figures["departments"]!["public-security"]!["delayComplaints"]!.GetValue<int>()));
        Assert.Equal(0, (await hub.Window("demo-langao-county").GetFromJsonAsync<JsonObject>("/api/nodes/610925/statistics?from=2026-10-20&to=2026-10-20"))!["all"]!["delayComplaints"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnOrdersCards_StandOnItsNodesSupervisionBoardAndFeed_UntilTheDepartmentReplies()
    {
        // Tuesday 13 October 2026, a help request: due the 16th, carded the morning of the 17th.
        hub.At("2026-10-13T09:00:00+08:00");
        var id = NewId();
        await using var kafka = await Client.OpenAsync(hub);
        await kafka.OrderAsync(Order(id, Wire.WorkOrderKind.Help, "food-safety"));
        await hub.OrderAsync(id, o => o["status"]!.GetValue<string>() == "Dispatched");
        Assert.DoesNotContain(await BoardAsync("610925000000"), c => c["workOrderId"]?.GetValue<string>() == id);

        hub.At("2026-10-17T00:00:01+08:00");
        await hub.WakeAsync();
        await hub.OrderAsync(id, o => o["notices"]!.AsArray().Count >= 2);
        var card = Assert.Single(await BoardAsync("610925000000"), c => c["workOrderId"]?.GetValue<string>() == id);
        Assert.Equal(("work-order", "yellow", "market-regulation", "食品安全", "2026-10-16", "work-order-limit"),
            (card["subject"]!.GetValue<string>(), card["colour"]!.GetValue<string>(), card["department"]!.GetValue<string>(),
             card["category"]!["name"]!.GetValue<string>(), card["deadline"]!.GetValue<string>(), card["reason"]!.GetValue<string>()));
        Assert.DoesNotContain(await BoardAsync("610925000000", "&department=tax"), c => c["workOrderId"]?.GetValue<string>() == id);
        Assert.DoesNotContain(await BoardAsync("610925000000", "&colour=red"), c => c["workOrderId"]?.GetValue<string>() == id);

        var feed = await kafka.ReadAsync(HubTopics.Supervision(), id, atLeast: 2);
        Assert.Equal([HubMessageTypes.WorkOrderNotice, HubMessageTypes.WorkOrderNotice], feed.Select(TopicReader.TypeOf).ToArray());
        Assert.Equal([Wire.WorkOrderNoticeKind.Reminder, Wire.WorkOrderNoticeKind.YellowCard],
            feed.Select(r => ProtoCodec.Decode<Wire.WorkOrderNotice>(r.Message.Value).Kind).ToArray());

        await kafka.ReplyAsync("market-regulation", id, "已派执法人员现场检查。");
        await hub.OrderAsync(id, o => o["status"]!.GetValue<string>() == "Replied");
        await Eventually.Until(() => BoardAsync("610925000000"), cards => cards.All(c => c["workOrderId"]?.GetValue<string>() != id), what: "the answered order off the board");
    }

    private async Task<JsonObject[]> BoardAsync(string node, string filter = "") =>
        (await hub.Window("demo-ops").GetFromJsonAsync<JsonObject>($"/ops/supervision?node={node}{filter}"))!["cards"]!.AsArray().Select(c => c!.AsObject()).ToArray();

    private async Task<(string CaseId, string HandlingNode)> SubmitCaseAsync()
    {
        var body = await WindowSubmissions.SubmittedAsync(hub.Window("demo-langao-county"), "PS-006");
        return (body["caseId"]!.GetValue<string>(), body["handlingNode"]!["code"]!.GetValue<string>());
    }

    private static Wire.HotlineOrder Changed(Wire.HotlineOrder order, Action<Wire.HotlineOrder> change)
    {
        change(order);
        return order;
    }

    private static string NewId() => $"GZ12345-{Guid.NewGuid():N}"[..28];

    private Wire.HotlineOrder Order(string id, Wire.WorkOrderKind kind, string category) => new()
    {
        OrderId = id,
        ReceivedAt = hub.Clock.GetUtcNow().ToUnixTimeMilliseconds(),
        Kind = kind,
        CallerMasked = "138****5678",
        Division = Village,
        Category = category,
        Text = "来电人反映：社保缴费记录与实际缴费不符，请核实。",
    };

    /// <summary>The hotline platform and a department line, as outside Kafka clients of the hub's broker.</summary>
    private sealed class Client(string bootstrap, IProducer<string, byte[]> producer) : IAsyncDisposable
    {
        public string Bootstrap => bootstrap;

        public static async Task<Client> OpenAsync(Fixture hub)
        {
            var bootstrap = await hub.BootstrapServersAsync();
            return new Client(bootstrap, new ProducerBuilder<string, byte[]>(new ProducerConfig { BootstrapServers = bootstrap, EnableIdempotence = true }).Build());
        }

        public Task OrderAsync(Wire.HotlineOrder order) =>
            Produce(HubTopics.HotlineOrders(), order.OrderId!, HubMessageTypes.HotlineOrder, ProtoCodec.Encode(order));

        public Task FeedbackAsync(string id, Wire.Satisfaction satisfaction, DateTimeOffset? at = null) =>
            Produce(HubTopics.HotlineOrders(), id, HubMessageTypes.HotlineFeedback, ProtoCodec.Encode(new Wire.HotlineFeedback
            {
                EventId = Guid.NewGuid().ToString(), OrderId = id, OccurredAt = (at ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds(), Satisfaction = satisfaction,
            }));

        /// <summary>Sends a reply; returns what was sent, to send it again.</summary>
        public async Task<(string Topic, string Key, byte[] Value)> ReplyAsync(string department, string id, string text)
        {
            var sent = (HubTopics.DepartmentEvents(department), id, ProtoCodec.Encode(new Wire.WorkOrderReply
            {
                EventId = Guid.NewGuid().ToString(), OrderId = id, OccurredAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), Text = text,
            }));
            await Produce(sent.Item1, id, HubMessageTypes.WorkOrderReply, sent.Item3);
            return sent;
        }

        public Task ProduceAgainAsync((string Topic, string Key, byte[] Value) sent) => Produce(sent.Topic, sent.Key, HubMessageTypes.WorkOrderReply, sent.Value);

        public async Task<List<ConsumeResult<string?, byte[]?>>> ReadAsync(string topic, string key, int atLeast)
        {
            using var reader = new TopicReader(bootstrap, topic);
            return await reader.ReadUntilQuietAsync(r => r.Message.Key == key, atLeast);
        }

        public ValueTask DisposeAsync()
        {
            producer.Dispose();
            return ValueTask.CompletedTask;
        }

        private async Task Produce(string topic, string key, string type, byte[] value)
        {
            await producer.ProduceAsync(topic, new Message<string, byte[]>
            {
                Key = key,
                Value = value,
                Headers = new Headers { { HubHeaders.Type, Encoding.UTF8.GetBytes(type) } },
            });
        }
    }

    /// <summary>The embedded hub with the simulator off (nobody answers but the test) and a clock the tests move.</summary>
    public sealed class Fixture : HubAppFixture
    {
        public MovableClock Clock { get; } = new();

        protected override IEnumerable<string> ExtraArguments => ["--Hub:Simulator:Enabled=false", "--Hub:Timers:CheckInterval=00:10:00", "--Hub:Timers:TakeOverAfter=00:10:00"];

        public void At(string instant) => Clock.SetTo(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));

        public Task WakeAsync() => Services.GetRequiredService<DueSweeper>().WakeAsync(CancellationToken.None);

        /// <summary>The order as <c>GET /ops/work-orders/{id}</c> answers, once <paramref name="done"/>.</summary>
        public async Task<JsonObject> OrderAsync(string id, Func<JsonObject, bool> done) =>
            (await Eventually.Until(
                async () => await Window("demo-ops").GetAsync($"/ops/work-orders/{id}") is { StatusCode: HttpStatusCode.OK } answer
                    ? await answer.Content.ReadFromJsonAsync<JsonObject>()
                    : null,
                o => o is not null && done(o), what: $"work order {id}"))!;

        /// <summary>A node's statistics as <paramref name="url"/> answers <paramref name="window"/>, once the projection has committed both feeds to their ends.</summary>
        public async Task<JsonObject> CaughtUpStatisticsAsync(string window, string url)
        {
            var bootstrap = await BootstrapServersAsync();
            var generation = (await Window(window).GetFromJsonAsync<JsonObject>(url))!["generation"]!.GetValue<int>();
            await Eventually.Until(
                () => Task.Run(() => GroupOffsets.Behind(bootstrap, $"hub.statistics.{generation}", HubTopics.CaseEvents()) + GroupOffsets.Behind(bootstrap, $"hub.statistics.{generation}", HubTopics.Supervision())),
                behind => behind == 0, what: $"statistics generation {generation} to commit both feeds");
            return (await Window(window).GetFromJsonAsync<JsonObject>(url))!;
        }

        protected override void Configure(WebApplicationBuilder builder) => builder.Services.AddSingleton<HubClock>(Clock);
    }
}
