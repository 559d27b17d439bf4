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
    /// <summary>The counts of the cases in <paramref name="views"/> within <paramref name="scope"/> (null: the nation), all lines together.</summary>
    public static StatisticsCounts Of(IEnumerable<JsonNode> views, DivisionCode? scope = null)
    {
        var total = StatisticsCounts.Zero;
        foreach (var view in views)
        {
            var receiving = DivisionCode.Parse(view["receivingNode"]!["code"]!.GetValue<string>());
            var handling = DivisionCode.Parse(view["handlingNode"]!["code"]!.GetValue<string>());
            var received = WorkingDays.ChinaDate(view["submittedAt"]!.GetValue<DateTimeOffset>());
            var timeline = view["timeline"]!.AsArray();
            if (scope is null || receiving.IsWithin(scope.Value))
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
                total += new StatisticsCounts(
                    Decided: 1, OnTimeCommitted: decided <= committed ? 1 : 0, OnTimeStatutory: decided <= statutory ? 1 : 0,
                    WorkingDaysToDecide: Hub.Tests.Cases.CaseSamples.ShippedCalendar.WorkingDaysBetween(received, decided));
            }

            total += new StatisticsCounts(
                YellowCards: timeline.Count(t => t!["action"]!.GetValue<string>() == "yellow-card"),
                RedCards: timeline.Count(t => t!["action"]!.GetValue<string>() == "red-card"));
            if (view["rating"]?.GetValue<int>() is { } level)
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
            BasicallySatisfied: Get("ratings", "basicallySatisfied"), Satisfied: Get("ratings", "satisfied"), VerySatisfied: Get("ratings", "verySatisfied"));
    }
}
