using Microsoft.Extensions.Options;

namespace Hub.Hosting;

/// <summary>Builds and runs the hub's web host: one silo, the window API and the ops endpoints.</summary>
public static class HubHost
{
    /// <summary>Builds the hub exactly as <c>dotnet run --project silo</c> does (Program.cs); <paramref name="configure"/> runs first.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null) => Program.Build(args, configure);

    /// <summary>Builds and runs the hub until it is stopped; 1, with the reason on standard error, when its configuration is bad.</summary>
    public static async Task<int> RunAsync(Func<WebApplication> build)
    {
        try
        {
            await using var app = build();
            await app.RunAsync();
            return 0;
        }
        catch (Exception ex) when (IsConfigurationError(ex))
        {
            // Configuration errors already say which key to set and how: the message is the answer, not the stack.
            var reasons = ex is AggregateException all ? all.InnerExceptions.Select(e => e.Message) : [ex.Message];
            await Console.Error.WriteLineAsync($"The hub did not start. {string.Join(Environment.NewLine, reasons)}");
            return 1;
        }
    }

    private static bool IsConfigurationError(Exception ex) =>
        ex is InvalidOperationException or OptionsValidationException
        || (ex is AggregateException all && all.InnerExceptions.All(IsConfigurationError));
}
