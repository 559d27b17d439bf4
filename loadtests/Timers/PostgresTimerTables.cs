using Hub.LoadTests.Results;
using Npgsql;

namespace Hub.LoadTests.Timers;

/// <summary>What the timer tables take in the cluster's PostgreSQL, and how many transactions it has committed.</summary>
internal sealed class PostgresTimerTables(NpgsqlDataSource data) : IAsyncDisposable
{
    public const string HubDue = "hubdue";
    public const string Reminders = "orleansreminderstable";

    public static PostgresTimerTables? Open(string? connectionString) =>
        connectionString is null ? null : new PostgresTimerTables(NpgsqlDataSource.Create(connectionString));

    /// <summary>The table's sizes (pg_relation_size, pg_indexes_size, pg_total_relation_size) and its rows, all services'.</summary>
    public async Task<TimerStorage> SizeAsync(string table)
    {
        await using var command = data.CreateCommand(
            $"SELECT (SELECT count(*) FROM {table}), pg_relation_size('{table}'), pg_indexes_size('{table}'), pg_total_relation_size('{table}')");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new TimerStorage(table, reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }

    /// <summary>Transactions the database has committed so far; read after the statistics of the last ones were flushed.</summary>
    public async Task<long> TransactionsAsync()
    {
        // Backends flush their statistics about once a second.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await using var command = data.CreateCommand(
            "SELECT pg_stat_clear_snapshot(); SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.NextResultAsync();
        await reader.ReadAsync();
        return reader.GetInt64(0);
    }

    public ValueTask DisposeAsync() => data.DisposeAsync();
}
