using System.Text.Json.Nodes;
using Hub.Calendars;
using Hub.Identifiers;
using Hub.Statistics;

namespace Hub.Tests.Statistics;

/// <summary>
/// The statistics counted again from the cases themselves, as their windows read them (<c>GET /api/cases/{id}</c>),
/// without the feed: what the projected figures must equal.
/// </summary>
internal static class StatisticsRecount
{
    /// <summary>
    /// A window from the first of this month to 120 days ahead, as a query string: wide enough to hold every day the
    /// cases of a test count on, rectifications due weeks ahead among them.
    /// </summary>
    public static string Ahead
    {
        get
        {
            var today = WorkingDays.ChinaDate(DateTimeOffset.UtcNow);
            return $"from={new DateOnly(today.Year, today.Month, 1):yyyy-MM-dd}&to={today.AddDays(120):yyyy-MM-dd}";
        }
    }

    /// <summary>
    /// The counts of the cases in <paramref name="views"/> within <paramref name="scope"/> (null: the nation), all lines
    /// together, on the days from <paramref name="from"/> to <paramref name="to"/> (null: all days).
    /// </summary>
    public static StatisticsCounts Of(IEnumerable<JsonNode> views, DivisionCode? scope = null, DateOnly? from = null, DateOnly? to = null)
    {
        var total = StatisticsCounts.Zero;
        bool In(DateOnly day) => (from is null || day >= from) && (to is null || day <= to);
        foreach (var view in views)
        {
            var receiving = DivisionCode.Parse(view["receivingNode"]!["code"]!.GetValue<string>());
            var handling = DivisionCode.Parse(view["handlingNode"]!["code"]!.GetValue<string>());
            var received = WorkingDays.ChinaDate(view["submittedAt"]!.GetValue<DateTimeOffset>());
            var timeline = view["timeline"]!.AsArray();
            if ((scope is null || receiving.IsWithin(scope.Value)) && In(received))
            {
                total += new StatisticsCounts(Received: 1);
            }

            if (scope is not null && !handling.IsWithin(scope.Value))
            {
                continue;
            }

            if (timeline.FirstOrDefault(t => t!["action"]!.GetValue<string>() is "approved" or "rejected") is { } decision)
            {
                var decided = WorkingDays.ChinaDate(decision["at"]!.GetValue<DateTimeOffset>());
                var committed = DateOnly.Parse(view["deadlines"]!["committed"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
                var statutory = DateOnly.Parse(view["deadlines"]!["statutory"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
                total += !In(decided) ? StatisticsCounts.Zero : new StatisticsCounts(
                    Decided: 1, OnTimeCommitted: decided <= committed ? 1 : 0, OnTimeStatutory: decided <= statutory ? 1 : 0,
                    WorkingDaysToDecide: Hub.Tests.Cases.CaseSamples.ShippedCalendar.WorkingDaysBetween(received, decided));
            }

            bool Raised(JsonNode? t, string action) => t!["action"]!.GetValue<string>() == action && In(WorkingDays.ChinaDate(t["at"]!.GetValue<DateTimeOffset>()));
            total += new StatisticsCounts(YellowCards: timeline.Count(t => Raised(t, "yellow-card")), RedCards: timeline.Count(t => Raised(t, "red-card")),
                DelayComplaints: timeline.Count(t => Raised(t, "hotline-delay-complaint")));
            if (view["rectification"] is JsonObject r)
            {
                // Owed by the handling node here: the cases these tests rate blame the handling.
                var due = DateOnly.Parse(r["rectifyDue"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
                var rectified = r["rectifiedAt"]?.GetValue<DateTimeOffset>() is { } at && WorkingDays.ChinaDate(at) <= due;
                total += !In(due) ? StatisticsCounts.Zero : new StatisticsCounts(RectificationsDue: 1, RectifiedOnTime: rectified ? 1 : 0);
            }
            if (view["rating"]?.GetValue<int>() is { } level
                && In(WorkingDays.ChinaDate(timeline.Last(t => t!["action"]!.GetValue<string>() == "rated")!["at"]!.GetValue<DateTimeOffset>())))
            {
                total += StatisticsCounts.Rating(level);
            }
        }

        return total;
    }

    /// <summary>The counts behind the figures the API shows (the working days from their average).</summary>
    public static StatisticsCounts FromFigures(JsonNode figures)
    {
        long Get(params string[] path) => path.Aggregate((JsonNode?)figures, (n, p) => n?[p])!.GetValue<long>();
        var decided = Get("decided");
        var average = figures["averageWorkingDaysToDecide"]?.GetValue<double>() ?? 0;
        return new StatisticsCounts(
            Received: Get("received"), Decided: decided, OnTimeCommitted: Get("onTimeCommitted"), OnTimeStatutory: Get("onTimeStatutory"),
            WorkingDaysToDecide: (long)Math.Round(average * decided), YellowCards: Get("cards", "yellow"), RedCards: Get("cards", "red"),
            VeryDissatisfied: Get("ratings", "veryDissatisfied"), Dissatisfied: Get("ratings", "dissatisfied"),
            BasicallySatisfied: Get("ratings", "basicallySatisfied"), Satisfied: Get("ratings", "satisfied"), VerySatisfied: Get("ratings", "verySatisfied"),
            RectificationsDue: Get("rectifications", "due"), RectifiedOnTime: Get("rectifications", "onTime"), DelayComplaints: Get("delayComplaints"));
    }
}
