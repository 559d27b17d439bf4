using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Hub.LoadTests.Hosting;
using Hub.LoadTests.Load;
using Hub.LoadTests.Measure;
using Hub.LoadTests.Results;

namespace Hub.LoadTests.Halls;

/// <summary>
/// A hall's morning at every benchmark window's hall: visits (a booking, a walk-in's check-in, a call, a service) in a
/// closed loop to find the rate the hub answers, then in an open loop at a share of it to see whether it keeps up; then
/// every queue called empty and accounted for.
/// </summary>
internal sealed class HallMorningPhase(HubTarget target, HttpClient http)
{
    /// <summary>Visits in flight in the closed loop: a few per window of the busiest halls.</summary>
    public const int InFlight = 64;

    /// <summary>The open loop's rate, as a share of what the closed loop completed.</summary>
    public const double OpenLoopShare = 0.8;

    /// <summary>The matters of a hall the visits spread over, at most.</summary>
    public const int MattersPerHall = 8;

    public async Task<HallMorningFigures> RunAsync(CasePlan plan, TimeSpan duration)
    {
        var halls = Halls(plan);
        var api = target.ApiUrls[0];
        var key = halls[0].WindowKey;
        var days = await WorkingDaysAsync(api, key, 5);
        var slots = await SlotsAsync(api, key, halls[0]);
        var visits = new HallVisits(http, target.ApiUrls, halls, days, slots);

        var closedRequests = visits.Track();
        var (closed, closedErrors) = await RequestLoops.ClosedAsync(visits.VisitAsync, InFlight, duration);
        var open = visits.Track();
        var openRun = await RequestLoops.OpenAsync(visits.VisitAsync, Math.Max(1, Math.Floor(closed.PerSecond * OpenLoopShare)), duration, HallVisits.MaxOutstanding);
        await visits.DrainAsync();
        var tally = visits.Account();
        return new HallMorningFigures(halls.Count, tally.Queues, InFlight, closed, closedErrors, closedRequests.Answered, openRun, open.Answered, open.Figures(),
            tally.Issued, tally.Called, tally.CalledTwice, tally.NeverCalled, visits.SlotsFull, tally.Deepest, visits.ErrorSample);
    }

    // Each window's hall with the matters the hub offered it that bring the applicant to a hall (not only online).
    private IReadOnlyList<HallDesk> Halls(CasePlan plan) =>
    [
        .. target.Windows
            .Select(w => new HallDesk(w.Node, w.Key, [.. plan.Offers
                .Where(o => o.Window == w && o.Mode is "ProxyReceipt" or "JointHandling" && !o.Organisation)
                .DistinctBy(o => o.MatterCode)
                .Take(MattersPerHall)
                .Select(o => new HallMatter(o.MatterCode, o.Materials))]))
            .Where(h => h.Matters.Count > 0),
    ];

    // The next working days after today (China's date), as the hub's calendar counts them.
    private async Task<IReadOnlyList<DateOnly>> WorkingDaysAsync(Uri api, string key, int count)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var days = new List<DateOnly>();
        for (var i = 1; i <= count; i++)
        {
            using var answer = await GetAsync(api, key, $"/api/calendar/add?from={today:yyyy-MM-dd}&workingDays={i}");
            days.Add(DateOnly.ParseExact(answer.RootElement.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return days;
    }

    private async Task<IReadOnlyList<string>> SlotsAsync(Uri api, string key, HallDesk hall)
    {
        using var answer = await GetAsync(api, key, $"/api/nodes/{hall.Node}/slots?matter={hall.Matters[0].Code}&days=1");
        return [.. answer.RootElement.GetProperty("days")[0].GetProperty("slots").EnumerateArray().Select(s => s.GetProperty("slot").GetString()!)];
    }

    private async Task<JsonDocument> GetAsync(Uri api, string key, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(api, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {body}");
        }

        return JsonDocument.Parse(body);
    }
}
