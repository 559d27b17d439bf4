using Hub.Calendars;
using Hub.Identifiers;
using Hub.Messages;

namespace Hub.Cases;

/// <summary>
/// The case state machine (DESIGN §4) as plain functions over <see cref="CaseState"/>. Each command either
/// throws <see cref="CaseRuleException"/> before changing anything, or moves the case and appends what it
/// must publish to the outbox, so that one state write makes the whole transition durable.
/// </summary>
public static partial class CaseMachine
{
    private const string Hub = "hub";

    /// <summary>Records a submission; false when it is a resend of the one this case holds (same window, same idempotency key).</summary>
    public static bool Submit(CaseState state, CaseSubmission submission, WorkingCalendar calendar, DateTimeOffset now)
    {
        state.Calendar = calendar;
        if (state.Submission is { } existing)
        {
            if (submission.IdempotencyKey is { } key && existing.IdempotencyKey == key && existing.Window == submission.Window)
            {
                return false;
            }

            throw new CaseRuleException(CaseRuleCodes.DuplicateCase, $"Case {submission.CaseId} already exists.");
        }

        if (submission.Tasks.Count == 0)
        {
            throw new CaseRuleException(CaseRuleCodes.InvalidInput, "A case needs at least one department task.");
        }

        state.Submission = submission;
        state.Materials = [.. submission.Materials];
        SetDeadlines(state, submission, calendar);
        state.Tasks = [.. submission.Tasks.Select(t => new CaseTask { Department = t.Department, Stage = t.Stage, Node = t.Node, Name = t.Name })];
        var window = WindowActor(submission.Window);
        Move(state, CaseStatus.Received, window, "submitted", $"{submission.MatterCode} v{submission.MatterVersion} {submission.MatterName} at {submission.ReceivingNode}", submission.SubmittedAt);
        if (submission.OriginalsToPost.Count > 0)
        {
            Note(state, window, "originals-to-post", string.Join(",", submission.OriginalsToPost), now);
        }

        DispatchStage(state, state.Tasks.Min(t => t.Stage), now);
        Move(state, CaseStatus.Forwarded, Hub, "forwarded", $"to {submission.HandlingNode}", now);
        return true;
    }

    /// <summary>
    /// Recomputes provisional deadlines from the received date and the case's limits once <paramref name="calendar"/> has
    /// the notice for every year they are counted through; false while it still lacks one, or when they were final.
    /// </summary>
    public static bool RecomputeDeadlines(CaseState state, WorkingCalendar calendar, DateTimeOffset now)
    {
        if (!state.DeadlinesProvisional || state.Submission is not { } submission)
        {
            return false;
        }

        var (committed, statutory) = (state.CommittedDeadline, state.StatutoryDeadline);
        SetDeadlines(state, submission, calendar);
        if (state.DeadlinesProvisional)
        {
            (state.CommittedDeadline, state.StatutoryDeadline) = (committed, statutory);
            return false;
        }

        Note(state, Hub, "deadlines-recomputed",
            $"committed {state.CommittedDeadline:yyyy-MM-dd} (was {committed:yyyy-MM-dd}), statutory {state.StatutoryDeadline:yyyy-MM-dd} (was {statutory:yyyy-MM-dd})", now);
        return true;
    }

    /// <summary>
    /// Whether the approval <paramref name="evt"/> is still to be applied: false when it was applied before; throws, as
    /// <see cref="Apply"/> would, when it does not fit the case or issues a certificate to another holder than the
    /// applicant. Asked before the certificates it carries are issued, so that a refused approval issues none.
    /// </summary>
    public static bool TakesApproval(CaseState state, DepartmentEvent evt)
    {
        if (OpenTask(state, evt) is not { } task)
        {
            return false;
        }

        if (evt.Kind != DepartmentEventKind.TaskApproved || !Decidable(task))
        {
            throw Refuse(state, $"{evt.Kind} from {evt.Department} while its task is {task.Status}");
        }

        ApprovalCertificates.CheckHolders(state.Submission!, evt);
        return true;
    }

    public static EventOutcome Apply(CaseState state, DepartmentEvent evt, WorkingCalendar? calendar = null)
    {
        if (OpenTask(state, evt) is not { } task)
        {
            return EventOutcome.Duplicate;
        }

        var actor = $"department:{evt.Department}";
        var at = evt.OccurredAt;
        var firstEntry = state.Timeline.Count;
        switch (evt.Kind)
        {
            case DepartmentEventKind.TaskAccepted when task.Status == CaseTaskStatus.Dispatched:
                task.Status = CaseTaskStatus.Accepted;
                if (state.Status == CaseStatus.Forwarded)
                {
                    Move(state, CaseStatus.Accepted, actor, "accepted", evt.Officer, at);
                }
                else
                {
                    Note(state, actor, "accepted", evt.Officer, at);
                }

                break;
            case DepartmentEventKind.SupplementRequested when task.Status is CaseTaskStatus.Dispatched or CaseTaskStatus.Accepted:
                task.Status = CaseTaskStatus.SupplementRequested;
                task.RequestedMaterials = [.. evt.RequestedMaterials];
                state.ClockStoppedOn ??= WorkingDays.ChinaDate(at);
                Move(state, CaseStatus.SupplementRequested, actor, "supplement-requested", Join(evt.Reason, evt.RequestedMaterials), at);
                break;
            case DepartmentEventKind.TaskApproved when Decidable(task):
                ApprovalCertificates.CheckHolders(state.Submission!, evt);
                task.Status = CaseTaskStatus.Approved;
                task.Decision = evt.Reason ?? "approved";
                state.Certificates.AddRange(evt.CertificateIds);
                Note(state, actor, "task-approved", Join(evt.Officer, evt.CertificateIds), at);
                ApprovalCertificates.Record(state, evt, actor);
                AdvanceAfterApproval(state, at);
                break;
            case DepartmentEventKind.DeadlineExtended when task.Status is CaseTaskStatus.Dispatched or CaseTaskStatus.Accepted:
                Extend(state, state.Submission!, evt, actor, at, calendar ?? state.Calendar);
                break;
            case DepartmentEventKind.TaskRejected when task.IsOpen:
                task.Status = CaseTaskStatus.Rejected;
                task.Decision = evt.Reason ?? "rejected";
                if (state.Tasks.Count == 1)
                {
                    Decide(state, CaseStatus.Rejected, actor, evt.Reason, at);
                    break;
                }

                // One failed task fails the whole application: the case says which, and every other department hears of it.
                var failed = $"task {task.Label} (stage {task.Stage}{(task.Name is null ? "" : $", {task.Name}")}) rejected: {evt.Reason}";
                Stop(state, task, CaseStatus.Rejected, CaseStopCause.TaskRejected, failed, CaseTaskStatus.Cancelled, at);
                Decide(state, CaseStatus.Rejected, actor, failed, at);
                break;
            default:
                throw Refuse(state, $"{evt.Kind} from {evt.Department} while its task is {task.Status}");
        }

        state.AppliedEvents.Add(evt.EventId);
        KeepEvidence(state, evt, actor, firstEntry);
        return EventOutcome.Applied;
    }

    // What proves the event goes on the first entry it made in the department's name: a link of the hand-off log.
    private static void KeepEvidence(CaseState state, DepartmentEvent evt, string actor, int firstEntry)
    {
        if (evt.Evidence is null)
        {
            return;
        }

        for (var i = firstEntry; i < state.Timeline.Count; i++)
        {
            if (state.Timeline[i].Actor == actor)
            {
                state.Timeline[i] = state.Timeline[i] with { Evidence = evt.Evidence };
                return;
            }
        }
    }

    /// <summary>Adds requested materials; false when these materials were already added and nothing waits for them (a resend).</summary>
    public static bool Supplement(CaseState state, CaseCaller caller, IReadOnlyList<Material> materials, DateTimeOffset now, WorkingCalendar? calendar = null)
    {
        Receiving(state, caller);
        if (state.Status != CaseStatus.SupplementRequested)
        {
            if (materials.Count > 0 && materials.All(state.Materials.Contains) && state.Timeline.Exists(t => t.Action == "supplemented"))
            {
                return false;
            }

            throw Refuse(state, "a supplement");
        }

        var waiting = state.Tasks.FindAll(t => t.Status == CaseTaskStatus.SupplementRequested);
        var missing = waiting.SelectMany(t => t.RequestedMaterials).Distinct()
            .Where(code => !materials.Any(m => m.Code == code)).ToArray();
        if (missing.Length > 0)
        {
            throw new CaseRuleException(CaseRuleCodes.InvalidInput, $"The department asked for materials {string.Join(", ", missing)}; add them to 'materials'.");
        }

        state.Materials.AddRange(materials);
        var actor = caller.Actor;
        Note(state, actor, "supplemented", string.Join(",", materials.Select(m => m.Code)), now);
        ResumeClock(state, now, calendar ?? state.Calendar);
        foreach (var task in waiting)
        {
            task.Status = CaseTaskStatus.Dispatched;
            task.RequestedMaterials = [];
            Dispatch(state, task, now);
        }

        Move(state, CaseStatus.Forwarded, Hub, "forwarded", "after supplement", now);
        return true;
    }

    /// <summary>The most working days a department may extend the statutory limit by: 10, or 15 for joint handling (DESIGN §5).</summary>
    public static int MaxExtension(HandlingMode mode) => mode == HandlingMode.JointHandling ? 15 : 10;

    private static void Extend(CaseState state, CaseSubmission submission, DepartmentEvent evt, string actor, DateTimeOffset at, WorkingCalendar calendar)
    {
        var max = MaxExtension(submission.Mode);
        if (evt.ExtensionDays < 1 || state.ExtendedDays + evt.ExtensionDays > max)
        {
            throw new CaseRuleException(
                CaseRuleCodes.InvalidInput,
                $"A statutory limit may be extended by at most {max} working days in all ({submission.Mode}); case {submission.CaseId} was extended by {state.ExtendedDays} already, and {evt.ExtensionDays} more is too many.");
        }

        state.ExtendedDays += evt.ExtensionDays;
        state.StatutoryDeadline = Later(state, calendar, state.StatutoryDeadline, evt.ExtensionDays);
        Note(state, actor, "deadline-extended", $"by {evt.ExtensionDays} working days to {state.StatutoryDeadline:yyyy-MM-dd}: {evt.Reason}", at);
    }

    // The time a supplement was awaited does not count: both deadlines move by the working days the clock stood.
    private static void ResumeClock(CaseState state, DateTimeOffset now, WorkingCalendar calendar)
    {
        if (state.ClockStoppedOn is not { } stopped)
        {
            return;
        }

        state.ClockStoppedOn = null;
        var stood = calendar.WorkingDaysBetween(stopped, WorkingDays.ChinaDate(now));
        if (stood > 0)
        {
            state.StoodDays += stood;
            state.CommittedDeadline = Later(state, calendar, state.CommittedDeadline, stood);
            state.StatutoryDeadline = Later(state, calendar, state.StatutoryDeadline, stood);
        }

        Note(state, Hub, "clock-resumed", $"a supplement was awaited {stood} working days from {stopped:yyyy-MM-dd}; deadlines now {state.CommittedDeadline:yyyy-MM-dd} (committed) and {state.StatutoryDeadline:yyyy-MM-dd} (statutory)", now);
    }

    /// <summary>Withdraws the case; false when it is already withdrawn (a resend).</summary>
    public static bool Withdraw(CaseState state, CaseCaller caller, string reason, DateTimeOffset now)
    {
        Receiving(state, caller);
        if (state.Status == CaseStatus.Withdrawn)
        {
            return false;
        }

        if (!BeingHandled(state))
        {
            throw Refuse(state, "a withdrawal (only possible before a decision)");
        }

        Stop(state, null, CaseStatus.Withdrawn, CaseStopCause.Withdrawn, $"withdrawn by the applicant: {reason}", CaseTaskStatus.Withdrawn, now);
        Move(state, CaseStatus.Withdrawn, caller.Actor, "withdrawn", reason, now);
        return true;
    }

    /// <summary>Records the handover; false when the result is already delivered (a resend, or delivered electronically).</summary>
    public static bool Handover(CaseState state, CaseCaller caller, DateTimeOffset now)
    {
        var submission = Receiving(state, caller);
        if (state.Status is CaseStatus.Delivered or CaseStatus.Closed)
        {
            return false;
        }

        if (state.Status is not (CaseStatus.Approved or CaseStatus.Rejected))
        {
            throw Refuse(state, "a handover (only after a decision)");
        }

        var how = submission.Delivery == DeliveryMethod.Post ? "posted" : "handed over at the window";
        Move(state, CaseStatus.Delivered, caller.Actor, "delivered", how, now);
        return true;
    }

    /// <summary>
    /// Records the rating and closes the case; false when the same rating was already recorded (a resend). A bad rating
    /// (不满意 or 非常不满意) opens a rectification against the node at <paramref name="fault"/>; once it is rectified,
    /// the applicant rates once more, which closes it.
    /// </summary>
    public static bool Rate(
        CaseState state, CaseCaller caller, int level, string? comment, DateTimeOffset now, RectificationTerms? terms = null, RatingFault fault = RatingFault.Handling,
        WorkingCalendar? calendar = null)
    {
        var s = Receiving(state, caller);
        if (level is < 1 or > 5)
        {
            throw new CaseRuleException(CaseRuleCodes.InvalidInput, "A rating 'level' is 1 (非常不满意) to 5 (非常满意).");
        }

        if (state.Status == CaseStatus.Closed && state.Rating is { } given)
        {
            return RateAgain(state, caller, given, level, comment, now);
        }

        if (state.Status != CaseStatus.Delivered)
        {
            throw Refuse(state, "a rating (only after delivery)");
        }

        state.Rating = level;
        Move(state, CaseStatus.Closed, caller.Actor, "rated", Join($"level {level}", comment is null ? [] : [comment]), now);
        if (IsBad(level))
        {
            var t = terms ?? RectificationTerms.Default;
            var today = WorkingDays.ChinaDate(now);
            var handling = fault == RatingFault.Handling;
            state.Rectification = new Rectification
            {
                Node = handling ? s.HandlingNode : s.ReceivingNode,
                Department = handling ? state.Tasks[0].Department : null,
                Rating = level,
                OpenedAt = now,
                FollowUpDue = (calendar ?? state.Calendar).Add(today, t.FollowUpDays).Date,
                RectifyDue = (calendar ?? state.Calendar).Add(today, t.RectifyDays).Date,
            };
            var r = state.Rectification;
            var opened = $"against {r.Node}{(r.Department is null ? "" : $" / {r.Department}")}: follow-up by {r.FollowUpDue:yyyy-MM-dd}, rectification by {r.RectifyDue:yyyy-MM-dd}";
            Note(state, Hub, "rectification-opened", opened, now);
            Supervision.RectificationNotice(state, SupervisionKind.RectificationOpened, $"rated {level}: rectification {opened}", now);
        }

        return true;
    }

    /// <summary>不满意 (2) and 非常不满意 (1) are bad ratings (国办发〔2019〕51号).</summary>
    public static bool IsBad(int level) => level <= 2;

    private static bool RateAgain(CaseState state, CaseCaller caller, int given, int level, string? comment, DateTimeOffset now)
    {
        var id = state.Submission!.CaseId;
        switch (state.Rectification)
        {
            case { SecondRating: { } second }:
                return second == level
                    ? false
                    : throw new CaseRuleException(CaseRuleCodes.InvalidTransition, $"Case {id} was rated {given} and, after its rectification, {second}; it is rated no more.");
            case { RectifiedAt: not null } r:
                r.SecondRating = level;
                r.ClosedAt = now;
                Note(state, caller.Actor, "re-rated", Join($"level {level} after rectification", comment is null ? [] : [comment]), now);
                Note(state, Hub, "rectification-closed", $"rated {r.Rating}, then {level}", now);
                return true;
            case { } open when level == given:
                // The first rating resent.
                return false;
            case { } open:
                throw new CaseRuleException(
                    CaseRuleCodes.InvalidTransition,
                    $"Case {id} is in rectification ({open.Status}); the applicant may rate again once {open.Node} records what it changed.");
            default:
                return given == level
                    ? false
                    : throw new CaseRuleException(CaseRuleCodes.InvalidTransition, $"Case {id} is already rated {given}; a case is rated once (一次一评).");
        }
    }

    /// <summary>The responsible node's follow-up (回访) of a bad rating; false when the same follow-up was recorded (a resend).</summary>
    public static bool FollowUp(CaseState state, CaseCaller caller, string note, DateTimeOffset now)
    {
        var r = Responsible(state, caller, "a follow-up");
        if (r.FollowedUpAt is not null)
        {
            return r.FollowUp == note ? false : throw Refuse(state, "a second follow-up");
        }

        (r.FollowedUpAt, r.FollowUp) = (now, note);
        Note(state, caller.Actor, "followed-up", note, now);
        return true;
    }

    /// <summary>The responsible node records what it changed (整改); false when the same was recorded (a resend).</summary>
    public static bool Rectify(CaseState state, CaseCaller caller, string measures, DateTimeOffset now)
    {
        var r = Responsible(state, caller, "a rectification");
        if (r.RectifiedAt is not null)
        {
            return r.Measures == measures ? false : throw Refuse(state, "a second rectification");
        }

        if (r.FollowedUpAt is null)
        {
            throw new CaseRuleException(CaseRuleCodes.InvalidTransition, $"Record the follow-up (回访) of case {state.Submission!.CaseId} before its rectification.");
        }

        (r.RectifiedAt, r.Measures) = (now, measures);
        Note(state, caller.Actor, "rectified", measures, now);
        var late = WorkingDays.ChinaDate(now) > r.RectifyDue ? $"late, due {r.RectifyDue:yyyy-MM-dd}" : $"on time, due {r.RectifyDue:yyyy-MM-dd}";
        Supervision.RectificationNotice(state, SupervisionKind.Rectified, $"{r.Node} recorded its rectification ({late}): {measures}", now);
        return true;
    }

    private static Rectification Responsible(CaseState state, CaseCaller caller, string step)
    {
        var s = Visible(state, caller);
        if (state.Rectification is not { ClosedAt: null } r)
        {
            throw Refuse(state, $"{step} (no rectification is open)");
        }

        return caller.Node is null || caller.Node == r.Node
            ? r
            : throw new CaseRuleException(CaseRuleCodes.ResponsibleNodeOnly, $"Only a window of {r.Node}, the node the rating holds responsible, records {step} of case {s.CaseId}.");
    }

    /// <summary>The case as <paramref name="caller"/> may see it; a caller not party to it gets <see cref="CaseRuleCodes.NotFound"/>.</summary>
    /// <summary>
    /// Notes that a certificate this case used instead of paper is no longer valid, while the case is still open, and
    /// tells the departments it was dispatched to; false for a closed case, a certificate it did not use, or an event
    /// noted before.
    /// </summary>
    public static bool CertificateChanged(CaseState state, string certificateId, Certificates.CertificateStatus status, string? reason, string eventId, DateTimeOffset now)
    {
        var key = $"certificate:{eventId}";
        if (state.Submission is null || state.AppliedEvents.Contains(key)
            || state.Status is CaseStatus.Delivered or CaseStatus.Closed or CaseStatus.Withdrawn or CaseStatus.Rejected
            || !state.Materials.Exists(m => m.Certificate == certificateId))
        {
            return false;
        }

        state.AppliedEvents.Add(key);
        Note(state, Hub, $"certificate-{status.ToString().ToLowerInvariant()}", reason is null ? certificateId : $"{certificateId}: {reason}", now);

        // Each department the case went to hears of it, so that none decides on a certificate that no longer holds.
        var s = state.Submission;
        var material = state.Materials.Find(m => m.Certificate == certificateId)!.Code;
        foreach (var department in state.Tasks.Where(t => t.Dispatches > 0).Select(t => t.Department).Distinct())
        {
            state.Outbox.Add(new OutboxMessage(null, null, CertificateNotice: new CertificateNotice(
                $"{s.CaseId}/certificate/{eventId}/{department}", now, s.CaseId, department, certificateId, status, reason, material)));
        }

        return true;
    }

    public static CaseView ToView(CaseState state, CaseCaller caller)
    {
        Visible(state, caller);
        return ToView(state);
    }

    public static CaseView ToView(CaseState state)
    {
        var s = Existing(state);
        return new CaseView(
            s.CaseId, state.Status, s.MatterCode, s.MatterName, s.ReceivingNode, s.HandlingNode, s.Mode, s.Delivery,
            PersonalData.Mask(s.Applicant.Identifier), s.Applicant.Name, s.SubmittedAt,
            state.CommittedDeadline, state.StatutoryDeadline,
            state.Tasks.ConvertAll(t => t.ToView(s.HandlingNode)), state.Timeline.ToArray(), state.Certificates.ToArray(),
            state.Rating, state.Sequence, state.Cards.ConvertAll(c => c.ToView()), state.Rectification?.ToView(), state.DeadlinesProvisional,
            state.Shipments.ConvertAll(x => x.ToView()), AwaitsOriginals(state), s.OriginalsToPost,
            s.Agent is { } agent ? agent with { Identifier = PersonalData.Mask(agent.Identifier) } : null, s.MatterVersion);
    }

    /// <summary>What the public progress page shows: no applicant, no actor, no detail; the steps as the timeline took them.</summary>
    public static CaseProgress ToProgress(CaseState state)
    {
        var s = Existing(state);
        var awaited = state.Tasks.Where(t => t.Status == CaseTaskStatus.SupplementRequested)
            .SelectMany(t => t.RequestedMaterials).Distinct(StringComparer.Ordinal).ToArray();
        return new CaseProgress(
            s.CaseId, state.Status, s.MatterCode, s.MatterName, s.ReceivingNode, s.HandlingNode, s.SubmittedAt,
            state.CommittedDeadline, state.StatutoryDeadline,
            state.Timeline.ConvertAll(t => new ProgressStep(t.At, t.Action, t.Status)), awaited, s.Delivery);
    }

    public static CaseSubmission Existing(CaseState state) =>
        state.Submission ?? throw NoSuchCase();

    /// <summary>The case, if <paramref name="caller"/> may see it; otherwise exactly the answer for a case that does not exist.</summary>
    public static CaseSubmission Visible(CaseState state, CaseCaller caller) =>
        state.Submission is { } s && (caller.MaySee(s.ReceivingNode, s.HandlingNode) || state.Tasks.Exists(t => t.Node is { } node && caller.Node == node))
            ? s
            : throw NoSuchCase();

    private static CaseSubmission Receiving(CaseState state, CaseCaller caller)
    {
        var s = Visible(state, caller);
        return caller.Node is null || caller.IsReceiving(s.ReceivingNode)
            ? s
            : throw new CaseRuleException(CaseRuleCodes.ReceivingNodeOnly, "Only a window of the node that received this case can take this step; the handling node reads it.");
    }

    // The task an event of evt's department answers, if the event is new to the case and the task is still open to it.
    private static CaseTask? OpenTask(CaseState state, DepartmentEvent evt)
    {
        var submission = Existing(state);
        if (state.AppliedEvents.Contains(evt.EventId))
        {
            return null;
        }

        // An event that names its node answers the task at that node; one that does not, the department's open task.
        bool Answers(CaseTask t) => t.Department == evt.Department && (evt.Node is not { } node || t.NodeOr(submission.HandlingNode) == node);
        var nodes = state.Tasks.Where(t => t.Department == evt.Department).Select(t => t.NodeOr(submission.HandlingNode)).Distinct().ToArray();
        if (evt.Node is null && nodes.Length > 1)
        {
            throw new CaseRuleException(
                CaseRuleCodes.InvalidInput,
                $"Case {submission.CaseId} has tasks of department '{evt.Department}' at {string.Join(" and ", nodes)}; set handling_node to the node of the task this event answers.");
        }

        var task = state.Tasks.Find(t => Answers(t) && t.IsOpen)
            ?? state.Tasks.Find(t => Answers(t) && t.Dispatched)
            ?? throw new CaseRuleException(
                CaseRuleCodes.NotDispatched,
                evt.Node is { } named
                    ? $"Case {submission.CaseId} was not dispatched to department '{evt.Department}' at node {named}; its tasks of that department are at {string.Join(", ", state.Tasks.Where(t => t.Department == evt.Department).Select(t => t.NodeOr(submission.HandlingNode)).Distinct())}."
                    : $"Case {submission.CaseId} was not dispatched to department '{evt.Department}'.");
        if (!task.IsOpen || state.Status is not (CaseStatus.Forwarded or CaseStatus.Accepted or CaseStatus.SupplementRequested))
        {
            throw Refuse(state, $"{evt.Kind} from {evt.Department} (task {task.Status})");
        }

        return task;
    }

    private static bool Decidable(CaseTask task) => task.Status is CaseTaskStatus.Dispatched or CaseTaskStatus.Accepted;

    private static CaseRuleException NoSuchCase() => new(CaseRuleCodes.NotFound, "There is no such case.");

    // From the received date: the limits, plus the working days the clock stood for supplements, plus any extension.
    private static void SetDeadlines(CaseState state, CaseSubmission submission, WorkingCalendar calendar)
    {
        var received = WorkingDays.ChinaDate(submission.SubmittedAt);
        var committed = calendar.Add(received, submission.CommittedDays + state.StoodDays);
        var statutory = calendar.Add(received, submission.StatutoryDays + state.StoodDays + state.ExtendedDays);
        state.CommittedDeadline = committed.Date;
        state.StatutoryDeadline = statutory.Date;
        state.DeadlinesProvisional = committed.Provisional || statutory.Provisional;
    }

    // A deadline moved on by working days; counting through a year with no notice makes the case's deadlines provisional.
    private static DateOnly Later(CaseState state, WorkingCalendar calendar, DateOnly deadline, int days)
    {
        var later = calendar.Add(deadline, days);
        state.DeadlinesProvisional |= later.Provisional;
        return later.Date;
    }

    private static void AdvanceAfterApproval(CaseState state, DateTimeOffset at)
    {
        if (state.Tasks.Exists(t => t.Stage == state.Stage && t.Status != CaseTaskStatus.Approved))
        {
            return;
        }

        var next = state.Tasks.Where(t => t.Stage > state.Stage).Select(t => t.Stage).DefaultIfEmpty(0).Min();
        if (next > 0)
        {
            DispatchStage(state, next, at);
            return;
        }

        Decide(state, CaseStatus.Approved, Hub, "all tasks approved", at);
    }

    private static void Decide(CaseState state, CaseStatus decision, string actor, string? detail, DateTimeOffset at)
    {
        state.DecidedAt = at;
        Move(state, decision, actor, decision == CaseStatus.Approved ? "approved" : "rejected", detail, at);
        if (state.Submission!.Delivery == DeliveryMethod.Electronic)
        {
            Move(state, CaseStatus.Delivered, Hub, "delivered", "electronically", at);
        }
    }

    private static void DispatchStage(CaseState state, int stage, DateTimeOffset now)
    {
        state.Stage = stage;
        foreach (var task in state.Tasks)
        {
            if (task.Stage == stage)
            {
                task.Dispatched = true;
                Dispatch(state, task, now);
            }
        }
    }

    private static void Dispatch(CaseState state, CaseTask task, DateTimeOffset now)
    {
        var s = state.Submission!;
        task.Dispatches++;
        task.FirstDispatchedOn ??= WorkingDays.ChinaDate(now);
        // A task at a node of its own (多地联办) has its own event id: the same department line gets one dispatch per node.
        var id = task.Node is { } own && own != s.HandlingNode
            ? $"{s.CaseId}/dispatch/{task.Department}@{own}/{task.Dispatches}"
            : $"{s.CaseId}/dispatch/{task.Department}/{task.Dispatches}";
        var order = new DispatchOrder(
            id, now, s.CaseId, task.Department, task.Stage,
            s.MatterCode, s.MatterName, s.ReceivingNode, task.NodeOr(s.HandlingNode), s.Applicant, state.Materials.ToArray(),
            state.CommittedDeadline, state.StatutoryDeadline, task.Dispatches > 1, s.Mode, task.Name);
        state.Outbox.Add(new OutboxMessage(order, null));
        Note(state, Hub, "dispatched", $"stage {task.Stage} to {task.Label}", now);
    }

    // Taken in and not yet decided: what may still be withdrawn, and still wait for originals.
    private static bool BeingHandled(CaseState state) =>
        state.Status is CaseStatus.Received or CaseStatus.Forwarded or CaseStatus.Accepted or CaseStatus.SupplementRequested;

    // Closes the open tasks as <paramref name="closedAs"/> and tells every department the case was dispatched to, other
    // than the one whose rejection stopped it, in a CaseStopped on its dispatch topic; the timeline notes who was told.
    private static void Stop(CaseState state, CaseTask? cause, CaseStatus status, CaseStopCause why, string reason, CaseTaskStatus closedAs, DateTimeOffset at)
    {
        var s = state.Submission!;
        var told = new List<string>();
        foreach (var task in state.Tasks)
        {
            var open = task.Status is CaseTaskStatus.Dispatched or CaseTaskStatus.Accepted or CaseTaskStatus.SupplementRequested;
            if (open)
            {
                task.Status = closedAs;
            }

            if (task == cause || task.Dispatches == 0)
            {
                continue;
            }

            var node = task.NodeOr(s.HandlingNode);
            state.Outbox.Add(new OutboxMessage(null, null, Stopped: new CaseStopped(
                $"{s.CaseId}/stopped/{task.Department}/{node}/{task.Stage}", at, s.CaseId, task.Department, node, task.Stage, why,
                cause?.Department, cause?.NodeOr(s.HandlingNode), reason, open && task.Dispatched)));
            told.Add($"{task.Label} ({(open && task.Dispatched ? "task cancelled" : "decision stands")})");
        }

        if (told.Count > 0)
        {
            Note(state, Hub, "departments-told", $"{status}: {string.Join(", ", told)}", at);
        }
    }

    private static void Move(CaseState state, CaseStatus status, string actor, string action, string? detail, DateTimeOffset at)
    {
        var s = state.Submission!;
        state.Status = status;
        state.Sequence++;
        state.Timeline.Add(new TimelineEntry(at, actor, action, status, detail));
        var figures = StatusFigures.Of(state);
        var countsAsBefore = state.PublishedFigures is { } before && figures.CountsAs(before);
        state.PublishedFigures = figures;
        state.Outbox.Add(new OutboxMessage(null, new CaseStatusChanged(
            $"{s.CaseId}/status/{state.Sequence}", at, s.CaseId, state.Sequence, status, s.MatterCode,
            s.ReceivingNode, s.HandlingNode, actor, detail, figures, countsAsBefore)));
    }

    private static void Note(CaseState state, string actor, string action, string? detail, DateTimeOffset at) =>
        state.Timeline.Add(new TimelineEntry(at, actor, action, state.Status, detail));

    /// <summary>A move that is the hub's own act (supervision's deemed acceptance): on the timeline and the status feed.</summary>
    internal static void MoveAsHub(CaseState state, CaseStatus status, string action, string detail, DateTimeOffset at) =>
        Move(state, status, Hub, action, detail, at);

    /// <summary>A note of the hub's own on the timeline.</summary>
    internal static void NoteAsHub(CaseState state, string action, string detail, DateTimeOffset at) => Note(state, Hub, action, detail, at);

    private static CaseRuleException Refuse(CaseState state, string what) =>
        new(CaseRuleCodes.InvalidTransition, $"Case {state.Submission!.CaseId} is {state.Status}; it cannot take {what}.");

    private static string WindowActor(string window) => $"window:{window}";

    private static string? Join(string? head, IReadOnlyList<string> rest) =>
        rest.Count == 0 ? head : head is null ? string.Join(",", rest) : $"{head}: {string.Join(",", rest)}";
}
