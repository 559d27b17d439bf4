using Npgsql;

namespace Hub.Database;

/// <summary>
/// Tells a database that has no connection slots left — PostgreSQL's <c>too_many_connections</c> (53300: "remaining
/// connection slots are reserved", "sorry, too many clients already") — or a pool of this silo's that is used up,
/// so that the answer names the limit and the setting rather than a generic failure.
/// </summary>
public static class ConnectionRefusal
{
    /// <summary>What to say of <paramref name="exception"/> if it is such a refusal; null if it is not.</summary>
    public static string? Explain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.TooManyConnections })
            {
                return "PostgreSQL has no connection slots left (its max_connections is used up by this hub's silos and whatever else "
                    + $"connects). Raise max_connections, or lower each silo's pool with {Hosting.DatabaseOptions.MaxPoolSizeKey} "
                    + $"(default {Hosting.DatabaseOptions.DefaultMaxPoolSize}) or the connection string's Maximum Pool Size: every silo may open that many. ({e.Message})";
            }

            if (e is NpgsqlException && e.Message.Contains("pool", StringComparison.OrdinalIgnoreCase) && e.Message.Contains("exhausted", StringComparison.OrdinalIgnoreCase))
            {
                return $"This silo's database connections are all in use and none came free in time; the work queued behind them. "
                    + $"{Hosting.DatabaseOptions.MaxPoolSizeKey} sets how many it keeps. ({e.Message})";
            }
        }

        return null;
    }
}
