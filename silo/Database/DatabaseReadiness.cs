using Hub.Hosting;
using Npgsql;

namespace Hub.Database;

/// <summary>
/// Cluster mode, before Orleans starts: checks that the database is reachable and holds every query the providers
/// need, so that a wrong connection string or a database without <c>db init</c> stops start-up with a plain answer
/// instead of a provider's stack trace.
/// </summary>
public sealed partial class DatabaseReadiness(string connectionString, ILogger<DatabaseReadiness> logger) : IHostedService
{
    private const string InitCommand = "dotnet run --project silo -- db init --connection \"…\"";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var target = DatabaseInstaller.Describe(connectionString);
        IReadOnlyList<string> installed;
        var missingTables = new List<string>();
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            installed = await DatabaseInstaller.InstalledQueryKeysAsync(connection, cancellationToken: cancellationToken);
            foreach (var table in DatabaseScripts.HubTables)
            {
                await using var exists = new NpgsqlCommand($"SELECT to_regclass('{table}') IS NOT NULL", connection);
                if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
                {
                    missingTables.Add(table);
                }
            }
        }
        catch (Exception ex) when (ConnectionRefusal.Explain(ex) is { } refusal)
        {
            throw new InvalidOperationException($"The database {target} named by {DatabaseOptions.ConnectionStringKey} refused this silo: {refusal}", ex);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            throw new InvalidOperationException(
                $"Cannot reach the database {target} named by {DatabaseOptions.ConnectionStringKey}: {ex.Message}. "
                + "Check its host, port, database name, user and password.", ex);
        }

        var missing = DatabaseScripts.QueryKeys.Except(installed).ToArray();
        if (missing.Length == DatabaseScripts.QueryKeys.Count)
        {
            throw new InvalidOperationException(
                $"The database {target} named by {DatabaseOptions.ConnectionStringKey} has no hub tables yet. Install them with `{InitCommand}`.");
        }

        if (missing.Length > 0)
        {
            throw new InvalidOperationException(
                $"The database {target} named by {DatabaseOptions.ConnectionStringKey} lacks the queries {string.Join(", ", missing)}. "
                + $"Bring it up to date with `{InitCommand}` (safe on an installed database).");
        }

        if (missingTables.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database {target} named by {DatabaseOptions.ConnectionStringKey} lacks the tables {string.Join(", ", missingTables)}. "
                + $"Bring it up to date with `{InitCommand}` (safe on an installed database).");
        }

        LogReady(logger, target, installed.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Database} holds the hub's {Count} Orleans queries")]
    private static partial void LogReady(ILogger logger, string database, int count);
}
