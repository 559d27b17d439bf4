using Hub.Hosting;

namespace Hub.Commands;

/// <summary>
/// The settings of a command: its own flags (<c>--node 610925100201</c>, read as <c>Command:Node</c>) and the hub's
/// settings from <c>appsettings.json</c>, the environment and the command line, <c>--connection</c> naming the database.
/// </summary>
internal sealed class CommandSettings
{
    private const string Flags = "Command";
    private readonly IConfiguration _configuration;

    private CommandSettings(IConfiguration configuration) => _configuration = configuration;

    /// <summary>The database: <c>--connection</c>, or <c>Hub:Database:ConnectionString</c> (environment: <c>Hub__Database__ConnectionString</c>).</summary>
    public string? ConnectionString => _configuration.GetSection("Hub:Database").Get<DatabaseOptions>()?.ConnectionString;

    /// <summary>The advice for a command run without a database.</summary>
    public static string NoDatabase(string command) =>
        $"{command} needs the database: pass --connection \"Host=…;Port=5432;Database=hub;Username=…;Password=…\" "
        + $"or set {DatabaseOptions.ConnectionStringKey} (environment: Hub__Database__ConnectionString).";

    /// <summary>Reads <paramref name="args"/>; <paramref name="flags"/> are the command's own (<c>node</c> for <c>--node</c>).</summary>
    public static CommandSettings Read(string[] args, params string[] flags)
    {
        var switches = flags.ToDictionary(f => $"--{f}", f => $"{Flags}:{f}");
        switches["--connection"] = DatabaseOptions.ConnectionStringKey;
        return new CommandSettings(new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args, switches)
            .Build());
    }

    /// <summary>The value of the command's flag <c>--<paramref name="flag"/></c>, or null.</summary>
    public string? Flag(string flag) => _configuration.GetSection(Flags)[flag] is { Length: > 0 } value ? value.Trim() : null;
}
