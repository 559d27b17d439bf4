using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Hub.LoadTests.Hosting;
using Hub.LoadTests.Measure;
using Hub.LoadTests.Results;

namespace Hub.LoadTests.Certificates;

/// <summary>
/// Windows verifying certificates with <c>GET /api/certificates/{id}</c>: a random issued certificate at a random
/// window each time; a verification counts when it is answered 200.
/// </summary>
internal sealed class CertificateVerifications(HttpClient http, IReadOnlyList<Uri> apis, IReadOnlyList<WindowCredential> windows, IReadOnlyList<string> certificates)
{
    /// <summary>Unanswered verifications past which the open loop sheds arrivals (and counts them).</summary>
    public const int MaxOutstanding = 2000;

    private long _outstanding;

    /// <summary><paramref name="inFlight"/> workers, each sending its next verification when the last is answered.</summary>
    public async Task<(Throughput Completed, long Errors)> ClosedLoopAsync(int inFlight, TimeSpan duration)
    {
        var latency = new LatencyTrack();
        long completed = 0, errors = 0;
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(async _ =>
        {
            while (Stopwatch.GetTimestamp() < end)
            {
                var at = Stopwatch.GetTimestamp();
                var ok = await VerifyAsync();
                latency.Record(Stopwatch.GetElapsedTime(at));
                Interlocked.Increment(ref ok ? ref completed : ref errors);
            }
        }));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return (new Throughput(completed, seconds, latency.Summarize()), errors);
    }

    /// <summary>
    /// Verifications due at k / <paramref name="perSecond"/> seconds whether or not earlier ones were answered, their
    /// latency counted from then; waits for the stragglers and says how long they took.
    /// </summary>
    public async Task<VerificationRun> OpenLoopAsync(double perSecond, TimeSpan duration)
    {
        var latency = new LatencyTrack();
        long completed = 0, errors = 0, shed = 0, offered = 0;
        var pending = new List<Task>();
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var ticksPerArrival = Stopwatch.Frequency / perSecond;
        await Task.Factory.StartNew(() =>
        {
            while (Stopwatch.GetTimestamp() is var now && now < end)
            {
                for (var dueNow = (long)((now - start) / ticksPerArrival); offered < dueNow; offered++)
                {
                    if (Interlocked.Read(ref _outstanding) >= MaxOutstanding)
                    {
                        shed++;
                        continue;
                    }

                    var scheduledAt = start + (long)(offered * ticksPerArrival);
                    pending.Add(Task.Run(async () =>
                    {
                        var ok = await VerifyAsync();
                        latency.Record(Stopwatch.GetElapsedTime(scheduledAt));
                        Interlocked.Increment(ref ok ? ref completed : ref errors);
                    }));
                }

                Thread.Sleep(1);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var scheduleEnded = Stopwatch.GetTimestamp();
        await Task.WhenAll(pending);
        return new VerificationRun(perSecond, duration.TotalSeconds, offered, completed, errors, shed,
            Stopwatch.GetElapsedTime(scheduleEnded).TotalSeconds, latency.Summarize());
    }

    private async Task<bool> VerifyAsync()
    {
        Interlocked.Increment(ref _outstanding);
        try
        {
            var api = apis[Random.Shared.Next(apis.Count)];
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(api, $"/api/certificates/{certificates[Random.Shared.Next(certificates.Count)]}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", windows[Random.Shared.Next(windows.Count)].Key);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
        finally
        {
            Interlocked.Decrement(ref _outstanding);
        }
    }
}
