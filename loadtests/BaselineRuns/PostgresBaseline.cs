using System.Diagnostics;
using Hub.LoadTests.Measure;
using Hub.LoadTests.Results;
using Npgsql;

namespace Hub.LoadTests.BaselineRuns;

/// <summary>
/// Raw single-row upserts into the cluster's own PostgreSQL database, as many in flight as the silos' storage keeps:
/// what a durable case transition (one state write) is bounded by. Its pool holds as many connections as it keeps
/// in flight, a silo's default pool (<see cref="Hub.Hosting.DatabaseOptions.DefaultMaxPoolSize"/>), so that the run
/// fits PostgreSQL's default 100 connections beside its silos.
/// </summary>
internal static class PostgresBaseline
{
    private const int InFlight = Hub.Hosting.DatabaseOptions.DefaultMaxPoolSize;
    private const int PayloadBytes = 2048;

    public static async Task<Throughput> RunAsync(string connectionString, TimeSpan duration)
    {
        await using var data = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = InFlight }.ConnectionString);
        try
        {
            return await UpsertAsync(data, duration);
        }
        catch (Exception ex) when (Hub.Database.ConnectionRefusal.Explain(ex) is { } refusal)
        {
            throw new InvalidOperationException($"The PostgreSQL baseline could not connect: {refusal}", ex);
        }
    }

    private static async Task<Throughput> UpsertAsync(NpgsqlDataSource data, TimeSpan duration)
    {
        await using (var create = data.CreateCommand(
            "CREATE TABLE IF NOT EXISTS loadtest_baseline (id bigint PRIMARY KEY, version integer NOT NULL, payload bytea NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        var payload = new byte[PayloadBytes];
        Random.Shared.NextBytes(payload);
        var latency = new LatencyTrack();
        long upserts = 0;
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, InFlight).Select(async _ =>
        {
            while (Stopwatch.GetTimestamp() < end)
            {
                var at = Stopwatch.GetTimestamp();
                await using var upsert = data.CreateCommand(
                    "INSERT INTO loadtest_baseline (id, version, payload) VALUES ($1, 1, $2) " +
                    "ON CONFLICT (id) DO UPDATE SET version = loadtest_baseline.version + 1, payload = EXCLUDED.payload");
                upsert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = Random.Shared.NextInt64(1_000_000) });
                upsert.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = payload });
                await upsert.ExecuteNonQueryAsync();
                latency.Record(Stopwatch.GetElapsedTime(at));
                Interlocked.Increment(ref upserts);
            }
        }));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await using (var drop = data.CreateCommand("DROP TABLE IF EXISTS loadtest_baseline"))
        {
            await drop.ExecuteNonQueryAsync();
        }

        return new Throughput(upserts, seconds, latency.Summarize());
    }
}
