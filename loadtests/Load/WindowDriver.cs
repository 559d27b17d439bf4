using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Hub.LoadTests.Hosting;
using Hub.LoadTests.Measure;

namespace Hub.LoadTests.Load;

/// <summary>
/// The windows, over the hub's real HTTP API: submit cases, and follow the status feed up as windows do — hand in
/// supplements, hand results over, look cases up, record ratings.
/// </summary>
internal sealed class WindowDriver(HttpClient http, IReadOnlyList<Uri> apiUrls, CaseLedger ledger, Counters counters, CertificateReuse? reuse = null)
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");
    private readonly ErrorSample _errors = new();
    private int _next;
    private long _outstanding;

    public LatencyTrack Submits { get; } = new();

    public LatencyTrack Reads { get; } = new();

    public long Outstanding => Interlocked.Read(ref _outstanding);

    public IReadOnlyList<string> ErrorSample => _errors.Items;

    /// <summary>
    /// Submits <paramref name="offer"/>, handing in the certificate of <paramref name="reused"/> when given; latency
    /// counts from <paramref name="scheduledAt"/>, when the arrival was due.
    /// </summary>
    public async Task SubmitAsync(CaseOffer offer, long scheduledAt, CertificateReuseOffer? reused = null)
    {
        Interlocked.Increment(ref _outstanding);
        try
        {
            var json = reused is null ? SubmissionJson.Write(offer, Random.Shared) : SubmissionJson.WriteReuse(reused, Random.Shared);
            using var request = Request(HttpMethod.Post, "/api/cases", offer.Window, json);
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            Submits.Record(Stopwatch.GetElapsedTime(scheduledAt));
            if (response.StatusCode == HttpStatusCode.Created && ReadString(body, "caseId") is { } caseId)
            {
                counters.Submit();
                ledger.Accept(caseId, offer, scheduledAt);
                if (reused is not null)
                {
                    reuse?.OnAccepted();
                }
            }
            else
            {
                var what = reused is null
                    ? $"submit {offer.MatterCode} at {offer.Window.Node} for {offer.Home}"
                    : $"submit {offer.MatterCode} at {offer.Window.Node} for {offer.Home} reusing {reused.Certificate.Id} for '{reused.Material}'";
                Failed(response.StatusCode, body, what);
                if (reused is not null && (int)response.StatusCode is >= 400 and < 500)
                {
                    reuse?.OnRefused($"{what}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 600)))}");
                }
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Submits.Record(Stopwatch.GetElapsedTime(scheduledAt));
            counters.Error();
            ledger.Fail();
            _errors.Add($"submit: {ex.Message}");
        }
        finally
        {
            Interlocked.Decrement(ref _outstanding);
        }
    }

    /// <summary>Carries out a window's follow-up on a case; false when it must wait (the submit has not answered yet).</summary>
    public async Task<bool> FollowUpAsync(WindowAction action)
    {
        var record = action.Case;
        if (record.Offer is not { } offer)
        {
            return false;
        }

        var path = $"/api/cases/{record.CaseId}";
        var started = Stopwatch.GetTimestamp();
        using var request = action.Kind switch
        {
            WindowActionKind.Supplement => Request(HttpMethod.Post, path + "/supplements", offer.Window, SubmissionJson.Supplement(record.RequestedMaterial ?? "id-card")),
            WindowActionKind.Handover => Request(HttpMethod.Post, path + "/handover", offer.Window, null),
            WindowActionKind.Rate => Request(HttpMethod.Post, path + "/rating", offer.Window, SubmissionJson.Rating(Random.Shared)),
            _ => Request(HttpMethod.Get, path, offer.Window, null),
        };
        try
        {
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            if (action.Kind == WindowActionKind.Read)
            {
                Reads.Record(Stopwatch.GetElapsedTime(started));
                var status = ReadString(body, "status");
                if (response.StatusCode == HttpStatusCode.OK && status is not ("Delivered" or "Closed"))
                {
                    _errors.Add($"read {record.CaseId}: the feed said Delivered, the window saw {status}");
                    ledger.Fail();
                }
            }

            if (!response.IsSuccessStatusCode)
            {
                Failed(response.StatusCode, body, $"{action.Kind} {record.CaseId}");
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            ledger.Fail();
            _errors.Add($"{action.Kind}: {ex.Message}");
        }

        return true;
    }

    private void Failed(HttpStatusCode status, byte[] body, string what)
    {
        var code = (int)status;
        if (code is >= 400 and < 500)
        {
            ledger.Refuse();
        }
        else
        {
            counters.Error();
            ledger.Fail();
        }

        _errors.Add($"{what}: {code} {System.Text.Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 300)))}");
    }

    private HttpRequestMessage Request(HttpMethod method, string path, WindowCredential window, byte[]? json)
    {
        var api = apiUrls[(int)((uint)Interlocked.Increment(ref _next) % (uint)apiUrls.Count)];
        var request = new HttpRequestMessage(method, new Uri(api, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", window.Key);
        if (json is not null)
        {
            request.Content = new ByteArrayContent(json) { Headers = { ContentType = JsonType } };
        }
        else if (method == HttpMethod.Post)
        {
            request.Content = new ByteArrayContent([]);
        }

        return request;
    }

    private static string? ReadString(byte[] body, string property)
    {
        var reader = new Utf8JsonReader(body);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals(property))
                {
                    reader.Read();
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }
}
