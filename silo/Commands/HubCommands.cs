namespace Hub.Commands;

/// <summary>
/// The commands of <c>dotnet run --project silo -- …</c>: <c>db init</c> installs the cluster database; <c>broker</c>
/// runs the embedded Kafka broker on its own; <c>windows add|list|revoke</c> provisions cluster-mode windows. Any other
/// arguments run the hub.
/// </summary>
public static class HubCommands
{
    /// <summary>The command <paramref name="args"/> name, ready to run; null when they run the hub.</summary>
    public static Func<Task<int>>? Find(string[] args) => args switch
    {
        ["db", "init", .. var rest] => () => DbInitCommand.RunAsync(rest, Console.Out, Console.Error),
        ["db", ..] => () => Usage("db init --connection \"Host=…;Database=hub;Username=…;Password=…\""),
        ["broker", .. var rest] => () => BrokerCommand.RunAsync(rest),
        ["windows", .. var rest] => () => WindowsCommand.RunAsync(rest, Console.Out, Console.Error),
        _ => null,
    };

    private static Task<int> Usage(string usage)
    {
        Console.Error.WriteLine($"Usage: dotnet run --project silo -- {usage}");
        return Task.FromResult(2);
    }
}
