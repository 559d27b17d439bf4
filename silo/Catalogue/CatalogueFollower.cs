using Hub.Catalogue;
using Microsoft.Extensions.Options;

namespace Hub.Catalogue;

/// <summary>How often a silo asks the catalogue's history for change sets it does not have; bound from <c>Hub:Catalogue</c>.</summary>
public sealed class CatalogueFollowOptions
{
    public const string Section = "Hub:Catalogue";

    /// <summary>Default one second: a change recorded on one silo is in force on every other within about this long.</summary>
    public TimeSpan FollowInterval { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>
/// Keeps this silo's <see cref="MatterCatalogue"/> in step with the recorded change sets (<see cref="ICatalogueGrain"/>,
/// stored in the database in cluster mode): at start, then every <see cref="CatalogueFollowOptions.FollowInterval"/>.
/// The silo that records a set puts it in force at once (<see cref="Catchup"/>).
/// </summary>
public sealed partial class CatalogueFollower(
    MatterCatalogue catalogue, IGrainFactory grains, HubClock time, IOptions<CatalogueFollowOptions> options, ILogger<CatalogueFollower> logger)
    : BackgroundService
{
    /// <summary>Puts in force on this silo every set recorded and not yet in force here; returns the set number now in force.</summary>
    public async Task<int> Catchup()
    {
        var sets = await grains.GetGrain<ICatalogueGrain>(ICatalogueGrain.Key).Since(catalogue.Seq);
        return sets.Count == 0 ? catalogue.Seq : catalogue.Advance(sets);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        catalogue.Clock = time;
        using var timer = new PeriodicTimer(options.Value.FollowInterval);
        do
        {
            try
            {
                var before = catalogue.Seq;
                if (await Catchup() is var now && now != before)
                {
                    LogAdvanced(logger, before, now);
                }
            }
            catch (CatalogueChangeException ex)
            {
                // A recorded set that does not apply over this silo's catalogue file: this silo stays at the set before it.
                LogRefused(logger, catalogue.Seq + 1, ex.Field, ex.Message);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The silo is starting or the grain's silo going away: the next tick asks again.
                LogBehind(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalogue change sets {From} to {To} in force")]
    private static partial void LogAdvanced(ILogger logger, int from, int to);

    [LoggerMessage(Level = LogLevel.Error, Message = "Catalogue change set {Seq} does not apply over this silo's catalogue file ({Field}: {Problem}); the silo keeps the catalogue before it")]
    private static partial void LogRefused(ILogger logger, int seq, string field, string problem);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The catalogue's history did not answer; asking again")]
    private static partial void LogBehind(ILogger logger, Exception exception);
}
