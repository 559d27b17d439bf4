using Hub.Calendars;
using Hub.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Certificates;

/// <summary>
/// Each silo's part in announcing expiries: every <see cref="CertificateExpiryOptions.CheckInterval"/> it asks its
/// shares (<see cref="ExpiryDays"/>) of each of the last <see cref="CertificateExpiryOptions.LookBackDays"/> calendar
/// days in China to announce the certificates valid to that day. A share already announced answers at once, so the
/// check costs a few calls; the day after a certificate's valid-to date, its expiry is recorded and put on
/// <c>hub.certificate-events</c>.
/// </summary>
public sealed partial class CertificateExpiryAnnouncer(
    IGrainFactory grains,
    IClusterMembershipService membership,
    ILocalSiloDetails silo,
    IOptions<CertificateExpiryOptions> options,
    HubClock time,
    ILogger<CertificateExpiryAnnouncer> logger) : BackgroundService
{
    private readonly CertificateExpiryOptions _settings = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_settings.CheckInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await AnnounceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogCheckFailed(logger, ex);
            }
        }
    }

    /// <summary>One check of this silo's shares; returns how many expiries it recorded.</summary>
    public async Task<int> AnnounceAsync(CancellationToken cancellationToken)
    {
        var (share, shares) = ActiveSilos.Share(membership, silo);
        if (shares == 0)
        {
            return 0;
        }

        var today = WorkingDays.ChinaDate(time.GetUtcNow());
        var recorded = 0;
        for (var back = _settings.LookBackDays; back >= 1; back--)
        {
            var day = today.AddDays(-back);
            for (var s = share; s < ExpiryDays.Shares; s += shares)
            {
                cancellationToken.ThrowIfCancellationRequested();
                recorded += await grains.GetGrain<IExpiryDayGrain>(ExpiryDays.Key(day, s)).Announce();
            }
        }

        if (recorded > 0)
        {
            LogAnnounced(logger, recorded);
        }

        return recorded;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recorded the expiry of {Count} certificates; the feed announces them")]
    private static partial void LogAnnounced(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking for certificate expiries failed; the next check tries again")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
