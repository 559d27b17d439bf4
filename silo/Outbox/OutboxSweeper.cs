using Hub.Cases;
using Hub.Certificates;
using Hub.Messages;
using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace Hub.Outbox;

/// <summary>
/// Each silo's sweep of the outboxes that wait too long — a publish failed, the broker is slow, or the silo that wrote
/// them died before the broker's acknowledgement: every <see cref="OutboxOptions.SweepInterval"/> it reads its share of
/// them from the storage's list and wakes each grain, which publishes what it stored. It is the one owner of outbox
/// retries, so a stored message reaches the broker after any crash with no outside call to its case.
/// </summary>
public sealed partial class OutboxSweeper(
    IOutboxIndex index,
    IGrainFactory grains,
    IClusterMembershipService membership,
    ILocalSiloDetails silo,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxSweeper> logger) : BackgroundService
{
    /// <summary>The grain behind each stored state name that carries an outbox.</summary>
    private static readonly Dictionary<string, Func<IGrainFactory, string, IOutboxGrain>> Owners = new(StringComparer.Ordinal)
    {
        [CaseGrain.StateName] = (factory, key) => factory.Case(key),
        [CertificateGrain.StateName] = (factory, key) => factory.GetGrain<ICertificateGrain>(key),
        [HolderGrain.StateName] = (factory, key) => factory.GetGrain<IHolderGrain>(key),
        [Halls.AppointmentGrain.StateName] = (factory, key) => factory.GetGrain<Halls.IAppointmentGrain>(key),
        [Hotline.WorkOrderGrain.StateName] = (factory, key) => factory.GetGrain<Hotline.IWorkOrderGrain>(key),
        [Catalogue.CatalogueGrain.StateName] = (factory, key) => factory.GetGrain<Catalogue.ICatalogueGrain>(key),
    };

    private readonly OutboxOptions _settings = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_settings.SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(logger, ex);
            }
        }
    }

    /// <summary>One sweep; returns how many grains it woke.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var (share, shares) = Hosting.ActiveSilos.Share(membership, silo);
        if (shares == 0)
        {
            return 0;
        }

        var due = await index.DueAsync(_settings.SweepAfter, _settings.TakeOverAfter, share, shares, _settings.SweepLimit, cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        // A grain whose silo is dead and not yet declared so fails here; the next sweep tries again.
        var woken = await Hosting.GrainWakes.EachAsync(
            due.Where(w => Owners.ContainsKey(w.StateName)).ToArray(),
            _settings.SweepParallelism,
            waiting => Owners[waiting.StateName](grains, waiting.Key).PublishOutbox(),
            (ex, waiting) => LogWakeFailed(logger, ex, waiting.StateName, waiting.Key),
            cancellationToken);
        LogSwept(logger, woken, due.Count);
        return woken;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox sweep woke {Woken} of {Due} grains whose messages waited for the broker")]
    private static partial void LogSwept(ILogger logger, int woken, int due);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox sweep failed; it tries again")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox sweep could not wake {StateName} {Key}; the next sweep tries again")]
    private static partial void LogWakeFailed(ILogger logger, Exception exception, string stateName, string key);
}
