using Hub.Calendars;
using Hub.Cases;
using Hub.Messages;
using Hub.Outbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Hotline;

/// <summary>
/// One 12345 work order. On receipt it is routed by its division and category, dispatched to the competent node's
/// department line, and its limit starts: working days from the day after the call by its kind, or the day itself when
/// urgent. Until the department replies, a durable timer raises a reminder on the last day, a yellow card when the
/// limit has passed, and a red card some working days later; the reply and then the caller's satisfaction close it.
/// Every step is one write with the messages it sends: the dispatch and notices to the department, each status change
/// to the work-order feed; a card also goes on the node's supervision board until the reply.
/// </summary>
public sealed partial class WorkOrderGrain(
    [PersistentState(WorkOrderGrain.StateName, "cases")] IPersistentState<WorkOrderState> state,
    HotlineRouting routing,
    HolidayCalendar calendar,
    IOptions<HotlineOptions> options,
    HubClock time,
    ILogger<WorkOrderGrain> logger) : OutboxGrain<WorkOrderState>, IWorkOrderGrain
{
    /// <summary>The name the work-order state is stored under.</summary>
    public const string StateName = "work-order";

    private readonly HotlineOptions _settings = options.Value;

    protected override IPersistentState<WorkOrderState> OutboxState => state;

    protected override string OutboxStateName => StateName;

    public async Task<WorkOrderView> Receive(HotlineOrder order)
    {
        if (state.State.Order is { } held)
        {
            return held == order
                ? state.State.View()
                : throw new WorkOrderRuleException(WorkOrderRuleCodes.Conflict,
                    $"order {order.OrderId} was received on {held.ReceivedAt:O} with other content; the hotline platform gives a changed order a new id.");
        }

        var (node, nodeName, category) = routing.Route(order.Division, order.Category);
        var onCase = await NoteOnCaseAsync(order, category.Name);
        var received = WorkingDays.ChinaDate(order.ReceivedAt);
        var deadline = calendar.Current.Add(received, _settings.DaysFor(order.Kind, order.Urgent));
        var now = time.GetUtcNow();
        var s = state.State;
        s.Order = order;
        s.Node = node;
        s.NodeName = nodeName;
        s.Department = category.Department;
        s.CategoryName = category.Name;
        s.Deadline = deadline.Date;
        s.Provisional = deadline.Provisional;
        s.Status = WorkOrderStatus.Dispatched;
        s.Steps.Add(new WorkOrderStep("received", order.ReceivedAt, $"12345 {Words(order.Kind)}{(order.Urgent ? "（紧急）" : "")}：{category.Name}"));
        s.Steps.Add(new WorkOrderStep("dispatched", now, $"派发至{nodeName}（{category.Department}），{(order.Urgent ? "当日" : $"{deadline.Date:yyyy-MM-dd}前")}办结"));
        if (onCase is not null)
        {
            s.Steps.Add(new WorkOrderStep("case", now, onCase));
        }

        Send(WorkOrderMessageKind.Dispatch, EventId("dispatch"), now);
        Send(WorkOrderMessageKind.StatusChanged, EventId(WorkOrderStatus.Dispatched.ToString()), now);
        Watch(now);
        await WriteAsync();
        return s.View();
    }

    // The case the order names hears of it, on its timeline; an order naming a case the hub does not have is still an order.
    private async Task<string?> NoteOnCaseAsync(HotlineOrder order, string categoryName)
    {
        if (order.CaseId is not { } caseId)
        {
            return null;
        }

        try
        {
            await GrainFactory.Case(caseId.Value).NoteWorkOrder(order, categoryName);
            return $"已记入办件{caseId.Value}";
        }
        catch (CaseRuleException ex) when (ex.Code == CaseRuleCodes.NotFound)
        {
            return $"来电所称办件{caseId.Value}在本系统中不存在";
        }
    }

    public async Task<WorkOrderView> ApplyReply(WorkOrderReply reply)
    {
        var s = Received();
        if (s.Applied.Contains(reply.EventId))
        {
            return s.View();
        }

        if (reply.Department != s.Department)
        {
            throw new WorkOrderRuleException(WorkOrderRuleCodes.WrongDepartment,
                $"order {s.Order!.OrderId} went to {s.Department}, not to {reply.Department}; only the department it was sent to replies.");
        }

        if (s.Status != WorkOrderStatus.Dispatched)
        {
            throw new WorkOrderRuleException(WorkOrderRuleCodes.InvalidTransition,
                $"order {s.Order!.OrderId} was already answered ({s.Reply?.EventId}); it takes one reply a round.");
        }

        var now = time.GetUtcNow();
        s.Applied.Add(reply.EventId);
        s.Reply = reply;
        s.Status = WorkOrderStatus.Replied;
        s.Steps.Add(new WorkOrderStep("replied", reply.OccurredAt, s.Notices.Exists(n => n.Round == s.Round && n.Kind != WorkOrderNoticeKind.Reminder) ? "部门已答复（超期）" : "部门已答复"));
        Send(WorkOrderMessageKind.StatusChanged, EventId(WorkOrderStatus.Replied.ToString()), now);
        Watch(now);
        await WriteAsync();
        await PostOnBoardAsync(now);
        return s.View();
    }

    public async Task<WorkOrderView> ApplyFeedback(WorkOrderFeedback feedback)
    {
        var s = Received();
        if (s.Applied.Contains(feedback.EventId))
        {
            return s.View();
        }

        if (s.Status != WorkOrderStatus.Replied)
        {
            throw new WorkOrderRuleException(WorkOrderRuleCodes.InvalidTransition, s.Status == WorkOrderStatus.Closed
                ? $"order {s.Order!.OrderId} is closed: its return visit ({s.Feedback!.EventId}) was taken."
                : $"order {s.Order!.OrderId} has no reply yet; the return visit (回访) follows the department's reply.");
        }

        var now = time.GetUtcNow();
        s.Applied.Add(feedback.EventId);
        s.Feedback = feedback;
        if (feedback.Satisfaction == Satisfaction.Dissatisfied && s.Round <= _settings.Reopens)
        {
            // 重办: back to the department with a new limit, counted from the day of the return visit.
            var deadline = calendar.Current.Add(WorkingDays.ChinaDate(feedback.OccurredAt), _settings.DaysFor(s.Order!.Kind, s.Order.Urgent));
            s.Round++;
            s.Reply = null;
            s.Status = WorkOrderStatus.Dispatched;
            s.Deadline = deadline.Date;
            s.Provisional = deadline.Provisional;
            s.Steps.Add(new WorkOrderStep("reopened", feedback.OccurredAt, $"回访：不满意，退回{s.NodeName}（{s.Department}）重办，{deadline.Date:yyyy-MM-dd}前办结"));
            Send(WorkOrderMessageKind.Dispatch, EventId("dispatch"), now);
            Send(WorkOrderMessageKind.StatusChanged, EventId(WorkOrderStatus.Dispatched.ToString()), now);
            Watch(now);
            await WriteAsync();
            return s.View();
        }

        s.Status = WorkOrderStatus.Closed;
        s.Steps.Add(new WorkOrderStep("closed", feedback.OccurredAt, $"回访：{Words(feedback.Satisfaction)}，办结"));
        Send(WorkOrderMessageKind.StatusChanged, EventId(WorkOrderStatus.Closed.ToString()), now);
        await WriteAsync();
        return s.View();
    }

    public Task<WorkOrderView?> Get() => Task.FromResult(state.State.Order is null ? null : state.State.View());

    public async Task WakeDue()
    {
        var now = time.GetUtcNow();
        if (state.State.Order is null || !Watch(now))
        {
            return;
        }

        await WriteAsync();
        await PostOnBoardAsync(now);
    }

    // The order's cards of this round while it waits for its reply, on the board of the node it went to; none once answered.
    private async Task PostOnBoardAsync(DateTimeOffset now)
    {
        var s = state.State;
        var cards = s.Status == WorkOrderStatus.Dispatched
            ? s.Notices.Where(n => n.Round == s.Round && n.Kind != WorkOrderNoticeKind.Reminder).ToArray()
            : [];
        try
        {
            await GrainFactory.GetGrain<ISupervisionBoardGrain>(s.Node.ToString()).TrackWorkOrder(
                new WorkOrderBoardEntry(s.Order!.OrderId, s.Order.Kind, s.Order.Category, s.CategoryName, s.Department, s.Deadline, cards, now));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The order and its messages are stored; the board catches up at the order's next change.
            LogBoardFailed(logger, ex, s.Order!.OrderId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Work order {OrderId} could not update its node's supervision board")]
    private static partial void LogBoardFailed(ILogger logger, Exception exception, string orderId);

    // Raises whatever moment has come, and sets the next; says whether anything changed.
    private bool Watch(DateTimeOffset now)
    {
        var s = state.State;
        var changed = false;
        foreach (var (kind, at) in Moments())
        {
            if (at <= now && !s.Notices.Exists(n => n.Kind == kind && n.Round == s.Round))
            {
                var notice = new WorkOrderNotice(EventId(kind.ToString()), kind, now, Detail(kind), s.Round);
                s.Notices.Add(notice);
                s.Steps.Add(new WorkOrderStep(kind switch { WorkOrderNoticeKind.Reminder => "reminded", WorkOrderNoticeKind.YellowCard => "yellow-card", _ => "red-card" }, now, notice.Detail));
                Send(WorkOrderMessageKind.Notice, notice.EventId, now, notice);
                changed = true;
            }
        }

        var next = Moments().Where(m => !s.Notices.Exists(n => n.Kind == m.Kind && n.Round == s.Round)).Select(m => (DateTimeOffset?)m.At).Min();
        changed |= next != s.DueAt;
        s.DueAt = next;
        return changed;
    }

    // The order's moments while it waits for its reply: the last day's reminder (not for an urgent order: it came that day), the two cards.
    private IEnumerable<(WorkOrderNoticeKind Kind, DateTimeOffset At)> Moments()
    {
        var s = state.State;
        if (s.Status != WorkOrderStatus.Dispatched)
        {
            yield break;
        }

        if (!s.Order!.Urgent)
        {
            yield return (WorkOrderNoticeKind.Reminder, Supervision.StartOf(s.Deadline));
        }

        yield return (WorkOrderNoticeKind.YellowCard, Supervision.StartOf(s.Deadline.AddDays(1)));
        yield return (WorkOrderNoticeKind.RedCard, Supervision.StartOf(calendar.Current.Add(s.Deadline, _settings.RedCardAfterDays).Date.AddDays(1)));
    }

    private string Detail(WorkOrderNoticeKind kind) => kind switch
    {
        WorkOrderNoticeKind.Reminder => $"预警：12345工单今日（{state.State.Deadline:yyyy-MM-dd}）到期，请{state.State.NodeName}{state.State.Department}及时答复",
        WorkOrderNoticeKind.YellowCard => $"黄牌：12345工单已超过办理时限（{state.State.Deadline:yyyy-MM-dd}）未答复",
        _ => $"红牌：12345工单超期{_settings.RedCardAfterDays}个工作日仍未答复",
    };

    // A message's id: the order's id and what it is, and from the second round on the round, so each round's are new.
    private string EventId(string what) =>
        state.State.Round == 1 ? $"{state.State.Order!.OrderId}:{what}" : $"{state.State.Order!.OrderId}:{what}:{state.State.Round}";

    private WorkOrderState Received() => state.State.Order is null
        ? throw new WorkOrderRuleException(WorkOrderRuleCodes.UnknownOrder,
            $"no 12345 order {this.GetPrimaryKeyString()} was received; its reply or return visit can apply only after the order on hotline.orders.")
        : state.State;

    private void Send(WorkOrderMessageKind kind, string eventId, DateTimeOffset at, WorkOrderNotice? notice = null) =>
        state.State.Outbox.Add(new OutboxMessage(null, null, WorkOrder: new WorkOrderMessage(eventId, kind, at, state.State.View(), notice)));

    private static string Words(WorkOrderKind kind) => kind switch
    {
        WorkOrderKind.Consultation => "咨询",
        WorkOrderKind.Help => "求助",
        WorkOrderKind.Complaint => "投诉",
        WorkOrderKind.Suggestion => "建议",
        _ => "举报",
    };

    private static string Words(Satisfaction satisfaction) => satisfaction switch
    {
        Satisfaction.Satisfied => "满意",
        Satisfaction.BasicallySatisfied => "基本满意",
        _ => "不满意",
    };
}
