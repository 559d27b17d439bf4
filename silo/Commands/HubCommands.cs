using Hub.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Commands;

/// <summary>
/// The commands of <c>dotnet run --project silo -- …</c>: no command runs the hub; <c>db init</c> installs the
/// cluster database; <c>broker</c> runs the embedded Kafka broker on its own.
/// </summary>
public static class HubCommands
{
    public static Task<int> RunAsync(string[] args) => args switch
    {
        ["db", "init", .. var rest] => DbInitCommand.RunAsync(rest, Console.Out, Console.Error),
        ["db", ..] => Usage("db init --connection \"Host=…;Database=hub;Username=…;Password=…\""),
        ["broker", .. var rest] => BrokerCommand.RunAsync(rest),
        _ => RunHubAsync(args),
    };

    private static async Task<int> RunHubAsync(string[] args)
    {
        try
        {
            await using var app = HubHost.Build(args);
            await app.RunAsync();
            return 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or OptionsValidationException)
        {
            // Configuration errors already say which key to set and how: the message is the answer, not the stack.
            await Console.Error.WriteLineAsync($"The hub did not start. {ex.Message}");
            return 1;
        }
    }

    private static Task<int> Usage(string usage)
    {
        Console.Error.WriteLine($"Usage: dotnet run --project silo -- {usage}");
        return Task.FromResult(2);
    }
}
