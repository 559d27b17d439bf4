namespace Hub.Hosting;

/// <summary>The PostgreSQL database of cluster mode, bound from <c>Hub:Database</c>.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The configuration key of <see cref="ConnectionString"/>.</summary>
    public const string ConnectionStringKey = "Hub:Database:ConnectionString";

    /// <summary>
    /// An Npgsql connection string (<c>Host=…;Port=5432;Database=hub;Username=…;Password=…</c>). Default null;
    /// required in cluster mode. Install the tables first with <c>db init</c>.
    /// </summary>
    public string? ConnectionString { get; set; }
}
