using Npgsql;

namespace Hub.Hosting;

/// <summary>The PostgreSQL database of cluster mode, bound from <c>Hub:Database</c>.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The configuration key of <see cref="ConnectionString"/>.</summary>
    public const string ConnectionStringKey = "Hub:Database:ConnectionString";

    /// <summary>The configuration key of <see cref="MaxPoolSize"/>.</summary>
    public const string MaxPoolSizeKey = "Hub:Database:MaxPoolSize";

    /// <summary>The default of <see cref="MaxPoolSize"/>.</summary>
    public const int DefaultMaxPoolSize = 16;

    private string? _connectionString;

    /// <summary>
    /// An Npgsql connection string (<c>Host=…;Port=5432;Database=hub;Username=…;Password=…</c>). Default null;
    /// required in cluster mode. Install the tables first with <c>db init</c>. Read back, it carries
    /// <see cref="MaxPoolSize"/> as its <c>Maximum Pool Size</c> unless it sets one itself.
    /// </summary>
    public string? ConnectionString
    {
        get => WithPool(_connectionString, MaxPoolSize);
        set => _connectionString = value;
    }

    /// <summary>
    /// How many connections one silo process keeps to the database at most, all its parts together (storage, membership,
    /// reminders, the outbox and timer indexes, windows, calendar): they share one pool. Default 16, so that a few silos
    /// and the tools beside them fit PostgreSQL's default <c>max_connections = 100</c> with room to spare.
    /// </summary>
    public int MaxPoolSize { get; set; } = DefaultMaxPoolSize;

    private static string? WithPool(string? connectionString, int maxPoolSize)
    {
        if (string.IsNullOrWhiteSpace(connectionString) || maxPoolSize < 1)
        {
            return connectionString;
        }

        try
        {
            // Npgsql's builder claims every keyword it knows; the plain one tells what the string itself sets.
            var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
            if (given.Keys.Cast<string>().Any(k => k.Replace(" ", "", StringComparison.Ordinal) is var key
                && (key.Equals("MaximumPoolSize", StringComparison.OrdinalIgnoreCase) || key.Equals("MaxPoolSize", StringComparison.OrdinalIgnoreCase))))
            {
                return connectionString;
            }

            return new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = maxPoolSize }.ConnectionString;
        }
        catch (ArgumentException)
        {
            // The validator names what is wrong with it.
            return connectionString;
        }
    }
}
