using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hub.LoadTests.Measure;
using Hub.LoadTests.Regions;
using Hub.LoadTests.Results;

namespace Hub.LoadTests.Halls;

/// <summary>A hall the morning runs at: its window (the ticket machine and the calling window both), and the matters it books and queues.</summary>
internal sealed record HallDesk(string Node, string WindowKey, IReadOnlyList<HallMatter> Matters);

/// <summary>A matter a hall takes, with the materials a booking attaches for its pre-check.</summary>
internal sealed record HallMatter(string Code, IReadOnlyList<string> Materials);

/// <summary>
/// Applicants' visits to halls, as the windows make them: one applicant books a slot of a later working day
/// (<c>POST /api/appointments</c>), another walks in and checks in for a number (<c>POST …/queue/checkins</c>), the
/// window calls the next number of that queue (<c>POST …/calls</c>) and records it served. A visit goes as expected
/// when each answer is the one a window expects (a full slot is such an answer, and counted). Every number issued and
/// called is kept, so the account at the end sees a number called twice or never.
/// </summary>
internal sealed class HallVisits(HttpClient http, IReadOnlyList<Uri> apis, IReadOnlyList<HallDesk> halls, IReadOnlyList<DateOnly> days, IReadOnlyList<string> slots)
{
    /// <summary>Unanswered visits past which the open loop sheds arrivals (and counts them).</summary>
    public const int MaxOutstanding = 2000;

    public static readonly string[] Requests = ["book", "check-in", "call", "served"];

    private readonly QueueAccount _account = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private RequestTracks _tracks = new();
    private long _slotsFull;

    public long SlotsFull => Interlocked.Read(ref _slotsFull);

    public IReadOnlyList<string> ErrorSample => [.. _errors.Take(5)];

    /// <summary>Starts counting the requests afresh (for the loop about to run) and returns the counts.</summary>
    public RequestTracks Track() => _tracks = new RequestTracks();

    public async Task<bool> VisitAsync()
    {
        var hall = halls[Random.Shared.Next(halls.Count)];
        var matter = hall.Matters[Random.Shared.Next(hall.Matters.Count)];
        var api = apis[Random.Shared.Next(apis.Count)];
        var tracks = _tracks;
        var county = hall.Node[..6];

        var booking = new
        {
            node = hall.Node,
            matter = matter.Code,
            date = days[Random.Shared.Next(days.Count)].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            slot = slots[Random.Shared.Next(slots.Count)],
            applicant = new { citizenId = Applicants.CitizenId(county, Random.Shared), name = Applicants.PersonName(Random.Shared), phone = "13800138000" },
            materials = matter.Materials,
        };
        var (booked, bookedBody) = await SendAsync(tracks, 0, api, "/api/appointments", hall.WindowKey, booking);
        var full = booked == HttpStatusCode.Conflict && bookedBody.Contains("\"slot-full\"", StringComparison.Ordinal);
        if (full)
        {
            Interlocked.Increment(ref _slotsFull);
        }

        if (!Expect(tracks, 0, booked == HttpStatusCode.Created || full, booked, bookedBody))
        {
            return false;
        }

        var queue = $"/api/nodes/{hall.Node}/queue";
        var (checkedIn, ticketBody) = await SendAsync(tracks, 1, api, $"{queue}/checkins", hall.WindowKey,
            new { citizenId = Applicants.CitizenId(county, Random.Shared), matter = matter.Code });
        if (!Expect(tracks, 1, checkedIn == HttpStatusCode.Created, checkedIn, ticketBody))
        {
            return false;
        }

        var key = $"{hall.Node}/{matter.Code}";
        _account.Issued(key, Number(ticketBody));

        // Another window of the same queue may have called this applicant already: then nobody waits, and the call is a 204.
        var (call, callBody) = await SendAsync(tracks, 2, api, $"{queue}/{matter.Code}/calls", hall.WindowKey, null);
        if (!Expect(tracks, 2, call is HttpStatusCode.OK or HttpStatusCode.NoContent, call, callBody))
        {
            return false;
        }

        if (call == HttpStatusCode.NoContent)
        {
            return true;
        }

        var number = Number(callBody);
        _account.Called(key, number);
        var (served, servedBody) = await SendAsync(tracks, 3, api, $"{queue}/{matter.Code}/tickets/{number}/served", hall.WindowKey, null);
        return Expect(tracks, 3, served == HttpStatusCode.OK, served, servedBody);
    }

    /// <summary>Calls every queue the visits used until nobody waits, so that the account can see every number issued called.</summary>
    public async Task DrainAsync()
    {
        var byNode = halls.ToDictionary(h => h.Node, StringComparer.Ordinal);
        await Parallel.ForEachAsync(_account.Queues, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (key, _) =>
        {
            var (node, matter) = (key[..key.IndexOf('/', StringComparison.Ordinal)], key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..]);
            while (true)
            {
                var (status, body) = await SendAsync(null, 2, apis[0], $"/api/nodes/{node}/queue/{matter}/calls", byNode[node].WindowKey, null);
                if (status != HttpStatusCode.OK)
                {
                    break;
                }

                _account.Called(key, Number(body));
            }
        });
    }

    /// <summary>The account of the numbers issued and called.</summary>
    public QueueTally Account() => _account.Tally();

    private bool Expect(RequestTracks tracks, int request, bool ok, HttpStatusCode status, string body)
    {
        tracks.Count(request, ok);
        if (!ok && _errors.Count < 20)
        {
            _errors.Enqueue($"{Requests[request]}: {(int)status} {(body.Length > 300 ? body[..300] : body)}");
        }

        return ok;
    }

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(RequestTracks? tracks, int request, Uri api, string path, string key, object? body)
    {
        var at = Stopwatch.GetTimestamp();
        try
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(api, path));
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            message.Content = body is null ? null : new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return (0, ex.Message);
        }
        finally
        {
            tracks?.Record(request, Stopwatch.GetElapsedTime(at));
        }
    }

    private static string Number(string ticket)
    {
        using var document = JsonDocument.Parse(ticket);
        return document.RootElement.GetProperty("number").GetString()!;
    }
}

/// <summary>Per kind of request of a visit: answered as expected, not, and the latency of each.</summary>
internal sealed class RequestTracks
{
    private readonly LatencyTrack[] _latency = [.. HallVisits.Requests.Select(_ => new LatencyTrack())];
    private readonly long[] _answered = new long[HallVisits.Requests.Length];
    private readonly long[] _errors = new long[HallVisits.Requests.Length];

    public void Record(int request, TimeSpan elapsed) => _latency[request].Record(elapsed);

    public void Count(int request, bool ok) => Interlocked.Increment(ref ok ? ref _answered[request] : ref _errors[request]);

    public long Answered => _answered.Sum();

    public IReadOnlyList<HallRequestFigures> Figures() =>
        [.. HallVisits.Requests.Select((name, i) => new HallRequestFigures(name, Interlocked.Read(ref _answered[i]), Interlocked.Read(ref _errors[i]), _latency[i].Summarize()))];
}

/// <summary>The numbers each queue issued, and each answer to a call, to find a number called twice or never.</summary>
internal sealed class QueueAccount
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _issued = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _called = new(StringComparer.Ordinal);

    /// <summary>The queues that issued a number.</summary>
    public IReadOnlyList<string> Queues => [.. _issued.Keys];

    public void Issued(string queue, string number) => _issued.GetOrAdd(queue, _ => new(StringComparer.Ordinal)).TryAdd(number, 0);

    public void Called(string queue, string number) => _called.GetOrAdd(queue, _ => new()).Enqueue(number);

    public QueueTally Tally()
    {
        long issued = 0, called = 0, twice = 0, never = 0;
        foreach (var queue in _issued.Keys.Union(_called.Keys, StringComparer.Ordinal))
        {
            var numbers = _issued.TryGetValue(queue, out var n) ? n.Keys.ToList() : [];
            var calls = _called.TryGetValue(queue, out var c) ? c.ToList() : [];
            var distinct = calls.ToHashSet(StringComparer.Ordinal);
            issued += numbers.Count;
            called += calls.Count;
            twice += calls.Count - distinct.Count;
            never += numbers.Count(x => !distinct.Contains(x));
        }

        return new QueueTally(issued, called, twice, never, _issued.Count, _issued.IsEmpty ? 0 : _issued.Values.Max(x => x.Count));
    }
}

/// <summary>Numbers issued and calls answered in all, numbers called more than once, never called, the queues and the deepest's numbers.</summary>
internal sealed record QueueTally(long Issued, long Called, long CalledTwice, long NeverCalled, int Queues, int Deepest);
