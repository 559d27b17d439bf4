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

    /// <summary><paramref name="inFlight"/> workers, each sending its next verification when the last is answered.</summary>
    public Task<(Throughput Completed, long Errors)> ClosedLoopAsync(int inFlight, TimeSpan duration) =>
        RequestLoops.ClosedAsync(VerifyAsync, inFlight, duration);

    /// <summary>
    /// Verifications due at k / <paramref name="perSecond"/> seconds whether or not earlier ones were answered, their
    /// latency counted from then; waits for the stragglers and says how long they took.
    /// </summary>
    public Task<VerificationRun> OpenLoopAsync(double perSecond, TimeSpan duration) =>
        RequestLoops.OpenAsync(VerifyAsync, perSecond, duration, MaxOutstanding);

    private async Task<bool> VerifyAsync()
    {
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
    }
}
