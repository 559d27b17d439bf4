using Hub.Calendars;
using Hub.Messages;
using Hub.Identifiers;

namespace Hub.Cases;

/// <summary>
/// Electronic supervision of a case (电子监察, DESIGN §5) as plain functions over <see cref="CaseState"/>: deemed
/// acceptance of a task not answered within 5 working days of its dispatch, a reminder on the working day before the
/// committed deadline, a yellow card when that deadline ends undecided, a red card when the statutory one does, and
/// the cards cleared when the case is decided; after a bad rating, a yellow card when the rectification's follow-up is
/// overdue and a red one when the rectification is, each cleared when recorded. Each moment is acted on once, whenever the case is next written or
/// woken after it; <see cref="Next"/> is the case's one durable timer. While a supplement is awaited the clock stops.
/// </summary>
public static class Supervision
{
    /// <summary>Working days a department has to accept a task or list what is missing (行政许可法 Art. 32).</summary>
    public const int DeemedAcceptanceDays = 5;

    private const string Hub = "hub";

    /// <summary>Acts on every moment that has come by <paramref name="now"/>; true when anything changed.</summary>
    public static bool Run(CaseState state, WorkingCalendar calendar, DateTimeOffset now)
    {
        var changed = false;
        for (var guard = 0; guard < 64; guard++)
        {
            var due = Pending(state, calendar).Where(p => p.At <= now).OrderBy(p => p.At).FirstOrDefault();
            if (due.Act is null)
            {
                return changed;
            }

            due.Act(now);
            changed = true;
        }

        throw new InvalidOperationException($"Supervision of case {state.Submission?.CaseId} did not settle.");
    }

    /// <summary>The case's next supervision moment; null when nothing is watched.</summary>
    public static DateTimeOffset? Next(CaseState state, WorkingCalendar calendar) =>
        Pending(state, calendar).Select(p => (DateTimeOffset?)p.At).DefaultIfEmpty(null).Min();

    /// <summary>The start, in China, of a calendar day: the moment a deadline that ended the day before has passed.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), WorkingDays.ChinaOffset);

    /// <summary>The working day before <paramref name="deadline"/>, on which its reminder is due.</summary>
    public static DateOnly ReminderDay(DateOnly deadline, WorkingCalendar calendar)
    {
        var day = deadline.AddDays(-1);
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    /// <summary>Whether supervision watches a case in <paramref name="status"/>: from its dispatch to its decision.</summary>
    public static bool Watches(CaseStatus status) => status is CaseStatus.Forwarded or CaseStatus.Accepted or CaseStatus.SupplementRequested;

    private static IEnumerable<(DateTimeOffset At, Action<DateTimeOffset> Act)> Pending(CaseState state, WorkingCalendar calendar)
    {
        if (state.Submission is null)
        {
            return [];
        }

        var pending = Watches(state.Status) ? Deadlines(state, calendar).ToList() : [];
        if (!Watches(state.Status) && state.Cards.Exists(c => c.ClearedAt is null && c.IsDeadlineCard))
        {
            pending.Add((DateTimeOffset.MinValue, now => ClearCards(state, c => c.IsDeadlineCard, $"the case is {state.Status.ToString().ToLowerInvariant()}", now)));
        }

        pending.AddRange(Rectifying(state));

        // Provisional deadlines wake the case once a day, so that a notice loaded since recomputes them (the case's
        // calls recompute before anything else) and its timer follows the final dates.
        if (state.DeadlinesProvisional && Watches(state.Status))
        {
            var checkedOn = state.ProvisionalCheckedOn ?? WorkingDays.ChinaDate(state.Submission.SubmittedAt);
            pending.Add((StartOf(checkedOn.AddDays(1)), now => state.ProvisionalCheckedOn = WorkingDays.ChinaDate(now)));
        }

        return pending;
    }

    private static IEnumerable<(DateTimeOffset At, Action<DateTimeOffset> Act)> Deadlines(CaseState state, WorkingCalendar calendar)
    {
        foreach (var task in state.Tasks)
        {
            if (task is { Status: CaseTaskStatus.Dispatched, Dispatches: 1, FirstDispatchedOn: { } sent })
            {
                yield return (StartOf(calendar.Add(sent, DeemedAcceptanceDays).Date.AddDays(1)), now => DeemAccepted(state, task, sent, now));
            }
        }

        if (state.ClockStoppedOn is not null)
        {
            yield break;
        }

        var yellow = state.Cards.Exists(c => c.Reason is SupervisionCard.CommittedDeadline or "" && c.Kind == SupervisionKind.YellowCard);
        if (!yellow && state.RemindedFor != state.CommittedDeadline)
        {
            yield return (StartOf(ReminderDay(state.CommittedDeadline, calendar)), now => Remind(state, now));
        }

        if (!yellow)
        {
            yield return (StartOf(state.CommittedDeadline.AddDays(1)), now => Raise(state, SupervisionKind.YellowCard, SupervisionCard.CommittedDeadline, state.CommittedDeadline, now));
        }

        if (!state.Cards.Exists(c => c.Reason is SupervisionCard.StatutoryDeadline or "" && c.Kind == SupervisionKind.RedCard))
        {
            yield return (StartOf(state.StatutoryDeadline.AddDays(1)), now => Raise(state, SupervisionKind.RedCard, SupervisionCard.StatutoryDeadline, state.StatutoryDeadline, now));
        }
    }

    // A rectification's follow-up and the rectification itself, each carded once when overdue; a card cleared once its step is recorded.
    private static IEnumerable<(DateTimeOffset At, Action<DateTimeOffset> Act)> Rectifying(CaseState state)
    {
        if (state.Rectification is not { } r)
        {
            yield break;
        }

        var open = r.ClosedAt is null;
        if (open && r.FollowedUpAt is null && !state.Cards.Exists(c => c.Reason == SupervisionCard.FollowUp))
        {
            yield return (StartOf(r.FollowUpDue.AddDays(1)), now => Raise(state, SupervisionKind.YellowCard, SupervisionCard.FollowUp, r.FollowUpDue, now));
        }

        if (open && r.RectifiedAt is null && !state.Cards.Exists(c => c.Reason == SupervisionCard.Rectifying))
        {
            yield return (StartOf(r.RectifyDue.AddDays(1)), now => Raise(state, SupervisionKind.RedCard, SupervisionCard.Rectifying, r.RectifyDue, now));
        }

        if (r.FollowedUpAt is not null && state.Cards.Exists(c => c.ClearedAt is null && c.Reason == SupervisionCard.FollowUp))
        {
            yield return (DateTimeOffset.MinValue, now => ClearCards(state, c => c.Reason == SupervisionCard.FollowUp, "the follow-up is recorded", now));
        }

        if (r.RectifiedAt is not null && state.Cards.Exists(c => c.ClearedAt is null && c.Reason == SupervisionCard.Rectifying))
        {
            yield return (DateTimeOffset.MinValue, now => ClearCards(state, c => c.Reason == SupervisionCard.Rectifying, "the rectification is recorded", now));
        }
    }

    private static void DeemAccepted(CaseState state, CaseTask task, DateOnly sent, DateTimeOffset now)
    {
        task.Status = CaseTaskStatus.Accepted;
        var detail = $"{task.Label}: neither accepted nor answered with a supplement request within {DeemedAcceptanceDays} working days; accepted as of {sent:yyyy-MM-dd}";
        if (state.Status == CaseStatus.Forwarded)
        {
            CaseMachine.MoveAsHub(state, CaseStatus.Accepted, "deemed-accepted", detail, now);
        }
        else
        {
            CaseMachine.NoteAsHub(state, "deemed-accepted", detail, now);
        }

        Notify(state, SupervisionKind.DeemedAccepted, task.Department, null, detail, $"deemed/{Key(state, task)}", now, node: task.NodeOr(state.Submission!.HandlingNode));
    }

    private static void Remind(CaseState state, DateTimeOffset now)
    {
        var deadline = state.CommittedDeadline;
        state.RemindedFor = deadline;
        var detail = $"the committed deadline {deadline:yyyy-MM-dd} is the next working day";
        CaseMachine.NoteAsHub(state, "reminder", detail, now);
        foreach (var (node, department, key) in Responsible(state))
        {
            Notify(state, SupervisionKind.Reminder, department, deadline, detail, $"reminder/{deadline:yyyyMMdd}/{key}", now, node: node);
        }
    }

    private static void Raise(CaseState state, SupervisionKind kind, string reason, DateOnly deadline, DateTimeOffset now)
    {
        var colour = kind == SupervisionKind.RedCard ? "red" : "yellow";
        var what = reason switch
        {
            SupervisionCard.CommittedDeadline => "the committed deadline",
            SupervisionCard.StatutoryDeadline => "the statutory deadline",
            SupervisionCard.FollowUp => "the follow-up (回访) of the rectification due",
            _ => "the rectification (整改) due",
        };
        var responsible = reason is SupervisionCard.FollowUp or SupervisionCard.Rectifying
            ? [(state.Rectification!.Node, state.Rectification.Department ?? "", state.Rectification.Department ?? "")]
            : Responsible(state).ToArray();
        foreach (var (node, department, key) in responsible)
        {
            state.Cards.Add(new SupervisionCard { Kind = kind, Reason = reason, Node = node, Department = department, Deadline = deadline, RaisedAt = now });
            var to = department.Length == 0 ? $"{node}" : $"{node} / {department}";
            var detail = $"{colour} card to {to}: {what} {deadline:yyyy-MM-dd} passed {(reason is SupervisionCard.FollowUp or SupervisionCard.Rectifying ? "unrecorded" : "undecided")}";
            CaseMachine.NoteAsHub(state, $"{colour}-card", detail, now);
            Notify(state, kind, department, deadline, detail, $"{colour}/{reason}/{key}", now, reason, node);
        }
    }

    private static void ClearCards(CaseState state, Func<SupervisionCard, bool> which, string because, DateTimeOffset now)
    {
        foreach (var card in state.Cards.Where(c => c.ClearedAt is null && which(c)))
        {
            card.ClearedAt = now;
            var to = card.Department.Length == 0 ? $"{card.Node}" : $"{card.Node} / {card.Department}";
            var detail = $"{card.Colour} card to {to} cleared: {because}";
            var key = card.Node == state.Submission!.HandlingNode ? card.Department : $"{card.Department}@{card.Node}";
            Notify(state, SupervisionKind.CardCleared, card.Department, card.Deadline, detail, $"cleared/{card.Colour}/{card.Reason}/{key}", now, card.Reason, card.Node);
        }
    }

    // The nodes and departments whose tasks of the current stage are still to decide (a 多地联办 task at its own node); the
    // case's first task's when none is. The key names the task in notice ids: its department, and its node when its own.
    private static IEnumerable<(DivisionCode Node, string Department, string Key)> Responsible(CaseState state)
    {
        var tasks = state.Tasks.Where(t => t.IsOpen).ToList();
        var handling = state.Submission!.HandlingNode;
        return (tasks.Count > 0 ? tasks : [state.Tasks[0]])
            .Select(t => (t.NodeOr(handling), t.Department, Key(state, t)))
            .Distinct();
    }

    private static string Key(CaseState state, CaseTask task) =>
        task.Node is { } node && node != state.Submission!.HandlingNode ? $"{task.Department}@{node}" : task.Department;

    /// <summary>
    /// Tells supervision's feed (and the responsible department) that the case's rectification was opened or recorded,
    /// with the date it is due by, against the node it holds responsible.
    /// </summary>
    internal static void RectificationNotice(CaseState state, SupervisionKind kind, string detail, DateTimeOffset now)
    {
        var r = state.Rectification!;
        var what = kind == SupervisionKind.RectificationOpened ? "opened" : "rectified";
        Notify(state, kind, r.Department ?? "", r.RectifyDue, detail, $"rectification/{what}", now, node: r.Node);
    }

    /// <summary>
    /// Tells supervision's feed (and each department concerned) of a 12345 complaint that the case is taking too long,
    /// against each node and department whose task of the current stage is open (the first task's, once decided), on
    /// the day of the call.
    /// </summary>
    internal static void DelayComplaint(CaseState state, string orderId, DateTimeOffset receivedAt)
    {
        foreach (var (node, department, key) in Responsible(state))
        {
            Notify(state, SupervisionKind.DelayComplaint, department, null, $"12345 complaint {orderId}: the case is taking too long at {node} / {department}",
                $"delay-complaint/{orderId}/{key}", receivedAt, node: node);
        }
    }

    private static void Notify(
        CaseState state, SupervisionKind kind, string department, DateOnly? deadline, string detail, string what, DateTimeOffset now, string reason = "", DivisionCode? node = null)
    {
        var s = state.Submission!;
        state.Outbox.Add(new OutboxMessage(null, null, Supervision: new SupervisionNotice(
            $"{s.CaseId}/supervision/{what}", now, s.CaseId, kind, s.MatterCode, s.ReceivingNode, s.HandlingNode, department, deadline, detail, reason,
            node ?? s.HandlingNode)));
    }
}
