using System.Text;
using Hub.LoadTests.Results;

namespace Hub.LoadTests.Reporting;

/// <summary>The report.md section on a hall's morning: the loops' rates, each request's latency, and the queues' account.</summary>
internal static class MarkdownHallMorning
{
    public static void Append(StringBuilder text, HallMorningFigures? hall)
    {
        if (hall is null)
        {
            return;
        }

        text.Append("## A hall's morning\n\n");
        text.Append("- Halls: ").Append(Formats.Count(hall.Halls)).Append(" (one per window), ").Append(Formats.Count(hall.Queues)).Append(" matter queues used, the deepest issuing ")
            .Append(Formats.Count(hall.DeepestQueue)).Append(" numbers\n");
        text.Append("- Numbers: ").Append(Formats.Count(hall.NumbersIssued)).Append(" issued, ").Append(Formats.Count(hall.NumbersCalled)).Append(" calls answered with one, ")
            .Append(Formats.Count(hall.CalledTwice)).Append(" called twice, ").Append(Formats.Count(hall.NeverCalled)).Append(" never called: ")
            .Append(hall.Ok ? "OK" : "NOT OK").Append('\n');
        text.Append("- Bookings refused as a full slot: ").Append(Formats.Count(hall.SlotsFull)).Append('\n');
        text.Append("- Guangzhou's halls: ").Append(Formats.Number(HallMorningFigures.GuangzhouVisitsPerSecond))
            .Append(" visits/s (2.54 million cases in two years, about 250 working days a year of six bookable hours)\n\n");

        var closed = hall.ClosedLoop;
        var open = hall.OpenLoop;
        var loops = new MarkdownTable("Loop", ">Offered visits/s", ">Visits/s", ">Requests/s", ">Errors", ">Shed", ">Visit p50 ms", ">Visit p99 ms", "Kept up");
        loops.Row($"Closed, {hall.ClosedLoopInFlight} in flight", "—", Formats.Rate(closed.PerSecond), Formats.Rate(hall.ClosedLoopRequestsPerSecond),
            Formats.Count(hall.ClosedLoopErrors), "—", Formats.Ms(closed.Latency?.P50Ms ?? 0), Formats.Ms(closed.Latency?.P99Ms ?? 0), "—");
        loops.Row("Open", Formats.Rate(open.OfferedPerSecond), Formats.Rate(open.CompletedPerSecond), Formats.Rate(hall.OpenLoopRequestsPerSecond),
            Formats.Count(open.Errors), Formats.Count(open.Shed), Formats.Ms(open.Latency.P50Ms), Formats.Ms(open.Latency.P99Ms), open.KeptUp ? "✅" : "❌");
        loops.AppendTo(text);

        var requests = new MarkdownTable("Request (open loop)", ">Answered", ">Errors", ">p50 ms", ">p99 ms", ">p99.9 ms");
        foreach (var r in hall.Requests)
        {
            requests.Row(r.Request, Formats.Count(r.Answered), Formats.Count(r.Errors), Formats.Ms(r.Latency.P50Ms), Formats.Ms(r.Latency.P99Ms), Formats.Ms(r.Latency.P999Ms));
        }

        requests.AppendTo(text);
        text.Append("A visit is four requests of the hall's window in turn: `POST /api/appointments` for a slot of one of the next five working days ")
            .Append("(one applicant), `POST /api/nodes/{code}/queue/checkins` for a walk-in (another), `POST …/queue/{matter}/calls` and `POST …/tickets/{number}/served`. ")
            .Append("A full slot (`409 slot-full`) and a call that finds nobody waiting (`204`, when another visit's call took this one's number) are expected answers. ")
            .Append("After the loops every queue used is called until nobody waits, and every number issued must have been called once.\n\n");
        foreach (var error in hall.ErrorSample)
        {
            text.Append("- error: ").Append(error.Replace('\n', ' ')).Append('\n');
        }

        if (hall.ErrorSample.Count > 0)
        {
            text.Append('\n');
        }
    }
}
