using Npgsql;

namespace Hub.Database;

/// <summary>
/// Installs the hub's Orleans tables, functions and query catalogue into a PostgreSQL database. Safe to run again:
/// the scripts create only what is missing, replace functions and upsert queries, and never drop data.
/// </summary>
public static class DatabaseInstaller
{
    // Any constant will do: two installers racing on one database take turns instead of colliding on CREATE TABLE.
    private const long InstallLock = 0x4855_4244_4249_4E49;

    /// <summary>Runs every script in one transaction and returns the query keys the catalogue then holds.</summary>
    public static async Task<IReadOnlyList<string>> InstallAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({InstallLock})", connection, transaction))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var name in DatabaseScripts.Names)
        {
            await using var script = new NpgsqlCommand(DatabaseScripts.Read(name), connection, transaction);
            await script.ExecuteNonQueryAsync(cancellationToken);
        }

        var installed = await InstalledQueryKeysAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return installed;
    }

    /// <summary>Where a connection string points (database, host and port), without its credentials.</summary>
    public static string Describe(string connectionString)
    {
        var parsed = new NpgsqlConnectionStringBuilder(connectionString);
        return $"'{parsed.Database ?? parsed.Username}' on {parsed.Host}:{parsed.Port}";
    }

    /// <summary>The keys in the database's query catalogue, or none when it has no catalogue.</summary>
    public static async Task<IReadOnlyList<string>> InstalledQueryKeysAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction = null, CancellationToken cancellationToken = default)
    {
        await using (var exists = new NpgsqlCommand("SELECT to_regclass('orleansquery') IS NOT NULL", connection, transaction))
        {
            if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return [];
            }
        }

        await using var command = new NpgsqlCommand("SELECT QueryKey FROM OrleansQuery ORDER BY QueryKey", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
