using Hub.Database;
using Npgsql;

namespace Hub.Commands;

/// <summary>
/// <c>db init --connection "…"</c>: installs the hub's Orleans tables, functions and queries into a PostgreSQL
/// database. Safe to run again on an installed database, which keeps its data and gets the current queries.
/// </summary>
public static class DbInitCommand
{
    /// <summary>Runs the command; 0 when the database is ready, 1 when installing failed, 2 when no database was named.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var connectionString = CommandSettings.Read(args).ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await error.WriteLineAsync(CommandSettings.NoDatabase("db init"));
            return 2;
        }

        string target;
        try
        {
            target = DatabaseInstaller.Describe(connectionString);
            var keys = await DatabaseInstaller.InstallAsync(connectionString, cancellationToken);
            await output.WriteLineAsync(
                $"The database {target} is ready for cluster mode: membership, grain state, reminder and window tables, "
                + $"{keys.Count} Orleans queries. Running db init again is safe.");
            return 0;
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException or FormatException or TimeoutException)
        {
            await error.WriteLineAsync($"db init failed: {ex.Message}");
            return 1;
        }
    }
}
