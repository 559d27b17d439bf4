using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hub.LoadTests.Hosting;

/// <summary>The hub's operator endpoints, as the benchmark reads them: health, the Kafka address, process figures.</summary>
internal sealed class OpsClient(HttpClient http, string opsKey)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Waits until <c>/ops/health</c> at <paramref name="api"/> answers 200, or throws after <paramref name="within"/>.</summary>
    public async Task WaitHealthyAsync(Uri api, TimeSpan within, Func<bool>? gaveUp = null)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline && gaveUp?.Invoke() != true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(api, "/ops/health"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The hub at {api} did not answer /ops/health within {within}.");
    }

    public async Task<string> KafkaBootstrapAsync(Uri api)
    {
        var kafka = await GetAsync<KafkaView>(new Uri(api, "/ops/kafka"));
        return kafka.BootstrapServers;
    }

    /// <summary>The silo's own figures; <paramref name="collect"/> runs a full collection first, for memory readings.</summary>
    public Task<RuntimeReading> RuntimeAsync(Uri api, bool collect = false) =>
        GetAsync<RuntimeReading>(new Uri(api, $"/ops/runtime?collect={(collect ? "true" : "false")}"));

    /// <summary>The figures of every silo, summed: CPU and memory of the whole hub.</summary>
    public async Task<RuntimeReading> RuntimeAsync(IReadOnlyList<Uri> apis, bool collect = false)
    {
        var readings = await Task.WhenAll(apis.Select(api => RuntimeAsync(api, collect)));
        return new RuntimeReading(
            readings.Sum(r => r.CpuMilliseconds), readings.Sum(r => r.WorkingSetBytes), readings.Sum(r => r.ManagedHeapBytes),
            new Hub.Ops.WorkCounts(
                readings.Sum(r => r.Work.HttpRequests), readings.Sum(r => r.Work.GrainCalls), readings.Sum(r => r.Work.KafkaProduced),
                readings.Sum(r => r.Work.KafkaConsumed), readings.Sum(r => r.Work.StateWrites)),
            readings.SelectMany(r => r.CpuMillisecondsByThread ?? new Dictionary<string, double>())
                .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value)),
            new Hub.Ops.SigningCounts(
                readings.Sum(r => r.Signing?.Heads ?? 0), readings.Sum(r => r.Signing?.Signatures ?? 0), readings.Sum(r => r.Signing?.Milliseconds ?? 0)));
    }

    /// <summary>
    /// The cases the hub's statistics count as received in the whole nation from yesterday to tomorrow (China's date),
    /// the days a run's cases are received on.
    /// </summary>
    public async Task<long> NationReceivedAsync(Uri api)
    {
        var today = Hub.Calendars.WorkingDays.ChinaDate(DateTimeOffset.UtcNow);
        var statistics = await GetAsync<StatisticsView>(new Uri(api, $"/ops/statistics?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}"));
        return statistics.Rows.Sum(r => r.Figures.Received);
    }

    /// <summary>Runs <paramref name="count"/> of one part of a lifecycle inside the silo at <paramref name="api"/> (<c>POST /ops/parts/{part}</c>).</summary>
    public async Task<IReadOnlyList<Hub.Ops.PartRun>> PartAsync(Uri api, string part, int count)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(api, $"/ops/parts/{part}?count={count}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", opsKey);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<Hub.Ops.PartRun[]>(Json) ?? throw new InvalidOperationException($"{api} answered nothing for part {part}.");
    }

    private async Task<T> GetAsync<T>(Uri uri)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", opsKey);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<T>(Json) ?? throw new InvalidOperationException($"{uri} answered nothing.");
    }

    private sealed record KafkaView(string BootstrapServers);

    private sealed record StatisticsView(IReadOnlyList<StatisticsRow> Rows);

    private sealed record StatisticsRow(StatisticsFigures Figures);

    private sealed record StatisticsFigures(long Received);
}

/// <summary>What <c>/ops/runtime</c> answers.</summary>
internal sealed record RuntimeReading(
    double CpuMilliseconds, long WorkingSetBytes, long ManagedHeapBytes, Hub.Ops.WorkCounts Work, IReadOnlyDictionary<string, double>? CpuMillisecondsByThread,
    Hub.Ops.SigningCounts? Signing = null);
