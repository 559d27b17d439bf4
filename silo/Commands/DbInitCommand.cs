using Hub.Database;
using Hub.Hosting;
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
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args, new Dictionary<string, string> { ["--connection"] = DatabaseOptions.ConnectionStringKey })
            .Build();
        var connectionString = configuration[DatabaseOptions.ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await error.WriteLineAsync(
                "db init needs the database: pass --connection \"Host=…;Port=5432;Database=hub;Username=…;Password=…\" "
                + $"or set {DatabaseOptions.ConnectionStringKey} (environment: Hub__Database__ConnectionString).");
            return 2;
        }

        string target;
        try
        {
            target = DatabaseInstaller.Describe(connectionString);
            var keys = await DatabaseInstaller.InstallAsync(connectionString, cancellationToken);
            await output.WriteLineAsync(
                $"The database {target} is ready for cluster mode: membership, grain state and reminder tables, "
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
