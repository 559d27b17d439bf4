using System.Globalization;
using System.Threading.Channels;
using Hub.Outbox;
using Hub.Timers;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;

namespace Hub.Storage;

/// <summary>
/// Cluster mode's list of waiting outboxes, the HubOutbox table of 03-grain-state.sql: the grain-state write lists and
/// settles them; this records acknowledgements — all that arrive while one batch is written go in the next, as one
/// statement — and reads the share of them this silo sweeps; and the HubDue table of durable timers, which the same
/// write keeps, as the due sweeper reads it. Its queries come from the script, like Orleans' own.
/// </summary>
public sealed partial class PostgresOutboxIndex : IOutboxIndex, IOutboxLedger, IDueIndex, IAsyncDisposable
{
    private const int MaxBatch = 1000;
    private readonly NpgsqlDataSource _database;
    private readonly string _serviceId;
    private readonly ILogger<PostgresOutboxIndex> _logger;
    private readonly Channel<Acknowledgement> _acknowledgements = Channel.CreateUnbounded<Acknowledgement>(new UnboundedChannelOptions { SingleReader = true });
    private Queries? _queries;
    private readonly Task _writing;

    public PostgresOutboxIndex(string connectionString, IOptions<ClusterOptions> cluster, ILogger<PostgresOutboxIndex> logger)
    {
        _database = NpgsqlDataSource.Create(connectionString);
        _serviceId = cluster.Value.ServiceId;
        _logger = logger;
        _writing = Task.Run(WriteAcknowledgementsAsync);
    }

    public Task AcknowledgeAsync(string stateName, string key, string etag)
    {
        var acknowledgement = new Acknowledgement(stateName, key, int.Parse(etag, CultureInfo.InvariantCulture));
        return _acknowledgements.Writer.TryWrite(acknowledgement)
            ? acknowledgement.Done.Task
            : Task.FromException(new ObjectDisposedException(nameof(PostgresOutboxIndex)));
    }

    public async Task<IReadOnlyList<WaitingOutbox>> DueAsync(TimeSpan after, TimeSpan takeOver, int siloIndex, int siloCount, int limit, CancellationToken cancellationToken)
    {
        var queries = _queries ??= await LoadQueriesAsync();
        await using var command = _database.CreateCommand(queries.Due);
        command.Parameters.AddWithValue("ServiceId", _serviceId);
        command.Parameters.AddWithValue("AfterSeconds", after.TotalSeconds);
        command.Parameters.AddWithValue("TakeOverSeconds", takeOver.TotalSeconds);
        command.Parameters.AddWithValue("SiloIndex", siloIndex);
        command.Parameters.AddWithValue("SiloCount", siloCount);
        command.Parameters.AddWithValue("Limit", limit);
        var due = new List<WaitingOutbox>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            due.Add(new WaitingOutbox(reader.GetString(0), reader.GetString(1)));
        }

        return due;
    }

    public async Task<IReadOnlyList<DueTimer>> DueAsync(DateTimeOffset now, DateTimeOffset takeOverBefore, int siloIndex, int siloCount, int limit, CancellationToken cancellationToken)
    {
        var queries = _queries ??= await LoadQueriesAsync();
        await using var command = _database.CreateCommand(queries.Timers);
        command.Parameters.AddWithValue("ServiceId", _serviceId);
        command.Parameters.AddWithValue("Now", now.UtcDateTime);
        command.Parameters.AddWithValue("TakeOverBefore", takeOverBefore.UtcDateTime);
        command.Parameters.AddWithValue("SiloIndex", siloIndex);
        command.Parameters.AddWithValue("SiloCount", siloCount);
        command.Parameters.AddWithValue("Limit", limit);
        var due = new List<DueTimer>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            due.Add(new DueTimer(reader.GetString(0), reader.GetString(1), new DateTimeOffset(reader.GetDateTime(2), TimeSpan.Zero)));
        }

        return due;
    }

    public async ValueTask DisposeAsync()
    {
        _acknowledgements.Writer.TryComplete();
        await _writing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _database.DisposeAsync();
    }

    private async Task WriteAcknowledgementsAsync()
    {
        var batch = new List<Acknowledgement>(MaxBatch);
        while (await _acknowledgements.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _acknowledgements.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            try
            {
                await DeleteAsync(batch);
                batch.ForEach(a => a.Done.TrySetResult());
            }
            catch (Exception ex)
            {
                // The listings stay: the sweeper wakes those cases, and their next flush records them again.
                LogAcknowledgeFailed(_logger, ex, batch.Count);
                batch.ForEach(a => a.Done.TrySetException(ex));
            }

            batch.Clear();
        }
    }

    private async Task DeleteAsync(List<Acknowledgement> batch)
    {
        var queries = _queries ??= await LoadQueriesAsync();
        await using var command = _database.CreateCommand(queries.Acknowledge);
        command.Parameters.AddWithValue("ServiceId", _serviceId);
        command.Parameters.AddWithValue("GrainTypeStrings", batch.ConvertAll(a => a.StateName).ToArray());
        command.Parameters.AddWithValue("GrainKeys", batch.ConvertAll(a => a.Key).ToArray());
        command.Parameters.AddWithValue("Versions", batch.ConvertAll(a => a.Version).ToArray());
        await command.ExecuteNonQueryAsync();
    }

    private async Task<Queries> LoadQueriesAsync()
    {
        await using var command = _database.CreateCommand(
            "SELECT QueryKey, QueryText FROM OrleansQuery WHERE QueryKey IN ('HubOutboxAcknowledgeKey', 'HubOutboxDueKey', 'HubDueKey')");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            texts[reader.GetString(0)] = reader.GetString(1);
        }

        return texts.TryGetValue("HubOutboxAcknowledgeKey", out var acknowledge) && texts.TryGetValue("HubOutboxDueKey", out var due)
            && texts.TryGetValue("HubDueKey", out var timers)
            ? new Queries(acknowledge, due, timers)
            : throw new InvalidOperationException("The database lacks the hub's outbox and timer queries: bring it up to date with `dotnet run --project silo -- db init`.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording {Count} acknowledged outboxes failed; the sweeper wakes those cases to record them again")]
    private static partial void LogAcknowledgeFailed(ILogger logger, Exception exception, int count);

    private sealed record Queries(string Acknowledge, string Due, string Timers);

    private sealed record Acknowledgement(string StateName, string Key, int Version)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
