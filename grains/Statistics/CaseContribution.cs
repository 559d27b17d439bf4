using Hub.Calendars;
using Hub.Cases;
using Hub.Messages;

namespace Hub.Statistics;

/// <summary>
/// What a case counts for, as a function of one message about it. A status change carries the case's figures as they
/// stand, so its contribution replaces the one of the change before: received counts at the receiving node (the
/// window that took the case), what the case was decided and rated for (decided, on time, working days, rating) at
/// the handling node, which answers for it (DESIGN §5: cards and bad ratings go to the responsible node), each on its
/// day and for all lines and each line of the case. A raised card adds one at the handling node for its line.
/// </summary>
public static class CaseContribution
{
    public static IReadOnlyList<StatisticsEntry> Of(CaseStatusChanged change)
    {
        if (change.Figures is not { } f)
        {
            return [];
        }

        string[] lines = [StatisticsEntry.AllLines, .. f.Departments];
        var entries = new List<StatisticsEntry>();
        foreach (var line in lines)
        {
            entries.Add(new(change.ReceivingNode, f.ReceivedOn, line, new StatisticsCounts(Received: 1)));
            if (f.DecidedOn is { } decided)
            {
                entries.Add(new(change.HandlingNode, decided, line, new StatisticsCounts(
                    Decided: 1,
                    OnTimeCommitted: f.OnTimeCommitted == true ? 1 : 0,
                    OnTimeStatutory: f.OnTimeStatutory == true ? 1 : 0,
                    WorkingDaysToDecide: f.WorkingDaysToDecide ?? 0)));
            }

            if (f is { Rating: { } level, RatedOn: { } rated })
            {
                entries.Add(new(change.HandlingNode, rated, line, StatisticsCounts.Rating(level)));
            }
        }

        return entries;
    }

    /// <summary>
    /// What a supervision notice adds, at the node it holds responsible: one yellow or red card on the day it was raised,
    /// one 12345 delay complaint on the day of the call;
    /// a rectification due, and whether it was recorded by then, on the day it is due by (so that a period's on-time
    /// share is of the rectifications that fell due in it). Reminders, clearings and deemed acceptances count for nothing.
    /// </summary>
    public static IReadOnlyList<StatisticsEntry> Of(SupervisionNotice notice)
    {
        var raised = WorkingDays.ChinaDate(notice.OccurredAt);
        var (counts, day) = notice.Kind switch
        {
            SupervisionKind.YellowCard => (new StatisticsCounts(YellowCards: 1), raised),
            SupervisionKind.RedCard => (new StatisticsCounts(RedCards: 1), raised),
            SupervisionKind.DelayComplaint => (new StatisticsCounts(DelayComplaints: 1), raised),
            SupervisionKind.RectificationOpened when notice.Deadline is { } due => (new StatisticsCounts(RectificationsDue: 1), due),
            SupervisionKind.Rectified when notice.Deadline is { } due && raised <= due => (new StatisticsCounts(RectifiedOnTime: 1), due),
            _ => (null, raised),
        };
        if (counts is null)
        {
            return [];
        }

        var node = notice.Responsible;
        return notice.Department.Length == 0
            ? [new(node, day, StatisticsEntry.AllLines, counts)]
            : [new(node, day, StatisticsEntry.AllLines, counts), new(node, day, notice.Department, counts)];
    }

    /// <summary>What to add to go from counting <paramref name="before"/> to counting <paramref name="after"/>; nothing where they agree.</summary>
    public static IReadOnlyList<StatisticsEntry> Difference(IReadOnlyList<StatisticsEntry> before, IReadOnlyList<StatisticsEntry> after)
    {
        var sums = new Dictionary<(Identifiers.DivisionCode, DateOnly, string), StatisticsCounts>();
        foreach (var e in after)
        {
            sums[(e.Node, e.Day, e.Line)] = sums.GetValueOrDefault((e.Node, e.Day, e.Line), StatisticsCounts.Zero) + e.Counts;
        }

        foreach (var e in before)
        {
            sums[(e.Node, e.Day, e.Line)] = sums.GetValueOrDefault((e.Node, e.Day, e.Line), StatisticsCounts.Zero) - e.Counts;
        }

        return [.. sums.Where(s => !s.Value.IsZero).Select(s => new StatisticsEntry(s.Key.Item1, s.Key.Item2, s.Key.Item3, s.Value))];
    }
}
