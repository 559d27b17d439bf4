using System.Diagnostics.Metrics;
using Hub.Access;
using Orleans.Dashboard;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Hub.OpsView;

/// <summary>
/// The operator's view: the hub's metrics in Prometheus' format at <c>/metrics</c>, the hub page at <c>/ops/view</c>
/// and the Orleans Dashboard at <c>/ops/dashboard/</c>, all behind the operator key (or a browser's operator session).
/// </summary>
public static class OpsViewHosting
{
    /// <summary>Where the Orleans Dashboard is served.</summary>
    public const string DashboardPath = "/ops/dashboard";

    // The Kafka adapter's meter (its consumer's messages held and partitions paused).
    private const string KafkaMeterName = "Hub.Kafka";

    /// <summary>Where Prometheus scrapes.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>Adds the sampler of the figures that cost a query, the meter <c>Hub</c> and OpenTelemetry's Prometheus exporter of it and of <c>Hub.Kafka</c>.</summary>
    public static IHostApplicationBuilder AddOperatorView(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OpsSampler>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OpsSampler>());
        builder.Services.AddSingleton<HubMetrics>();
        builder.Services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("hub")).WithMetrics(metrics =>
        {
            metrics.AddMeter(HubMetrics.MeterName, KafkaMeterName).AddPrometheusExporter();

            // The meters are known by name to every listener in the process: another hub's there (tests run several)
            // would answer for this one. Only the instruments of this host's meter factory are served.
            ((IDeferredMeterProviderBuilder)metrics).Configure((services, own) =>
            {
                var meters = services.GetRequiredService<IMeterFactory>();
                own.AddView(instrument => ReferenceEquals(instrument.Meter.Scope, meters) ? null : MetricStreamConfiguration.Drop);
            });
        });
        return builder;
    }

    /// <summary>Adds the Orleans Dashboard's grains and its collection of the silo's figures.</summary>
    public static ISiloBuilder AddHubDashboard(this ISiloBuilder silo) => silo.AddDashboard();

    /// <summary>Maps <c>/metrics</c>, the hub page and its data, the operator session and the Orleans Dashboard.</summary>
    public static IEndpointRouteBuilder MapOperatorView(this WebApplication app)
    {
        // The instruments exist once the meter is made; they read the figures whenever Prometheus scrapes. Made once the
        // host has started, so that a hub whose settings are wrong fails at start naming the setting, not here.
        app.Lifetime.ApplicationStarted.Register(() => app.Services.GetRequiredService<HubMetrics>());
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(HubClaims.OperatorRole);
        app.MapView();
        app.MapOrleansDashboard(DashboardPath).RequireAuthorization(HubClaims.OperatorRole).ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
                // The dashboard can show any grain's state: a case's holds the applicant's full ID and phone number,
                // which no operator page shows (DESIGN §6, need to know).
                context.HttpContext.Request.Path.StartsWithSegments(DashboardPath + "/GrainState", StringComparison.OrdinalIgnoreCase)
                    ? Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Grain state is not shown",
                        detail: "The hub's dashboard does not show grains' state: a case's holds personal data. Read a case through the window API.")
                    : await next(context));
        return app;
    }
}
