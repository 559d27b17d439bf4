using Hub.Calendars;
using Hub.Cases;
using Hub.Certificates;
using Hub.Database;
using Hub.Kafka;
using Hub.Messages;
using Hub.Nodes;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hub.Hosting;

/// <summary>
/// What every silo of the hub holds, in production and in the test cluster alike: the options, Kafka, the simulator
/// (<see cref="AddHubServices"/>), and the grains' storage and reminders for the <see cref="HubMode"/> (<see cref="AddHubGrains"/>).
/// </summary>
public static class SiloHosting
{
    private const string SimulatorEnabledKey = "Hub:Simulator:Enabled";
    private const string GatewayEnabledKey = "Hub:Notifications:Gateway:Enabled";
    private const string TemplatesKey = "Hub:Notifications:Templates";

    /// <summary>
    /// Binds <see cref="HubOptions"/> (<c>Hub</c>), <see cref="ServiceNodeOptions"/> (<c>Hub:Nodes</c>) and
    /// <see cref="HolderOptions"/> (<c>Hub:Holders</c>), validated at
    /// start-up, and adds the matter catalogue and certificate types, the Kafka adapter and the department simulator; in cluster mode also the check that the
    /// database holds the hub's tables, which runs before Orleans starts; and the holiday calendar (<see cref="CalendarHosting.AddHubCalendar"/>).
    /// </summary>
    public static IHostApplicationBuilder AddHubServices(this IHostApplicationBuilder builder)
    {
        var hub = HubOptions.From(builder.Configuration);

        // The simulator answers dispatched tasks with made-up decisions: a demo default, never a silent one in a cluster.
        if (builder.Configuration[SimulatorEnabledKey] is null)
        {
            builder.Configuration.AddInMemoryCollection([new(SimulatorEnabledKey, hub.Mode == HubMode.Embedded ? "true" : "false")]);
        }

        // Likewise the gateway that only logs what it would send: the embedded default's, never a cluster's by surprise.
        if (builder.Configuration[GatewayEnabledKey] is null)
        {
            builder.Configuration.AddInMemoryCollection([new(GatewayEnabledKey, hub.Mode == HubMode.Embedded ? "true" : "false")]);
        }

        var services = builder.Services;
        services.TryAddSingleton<Ops.HubWork>();
        services.AddOptions<HubOptions>().BindConfiguration(HubOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubOptions>, HubOptionsValidator>());
        services.AddOptions<ServiceNodeOptions>().BindConfiguration(ServiceNodeOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ServiceNodeOptions>, ServiceNodeOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KafkaOptions>, ClusterKafkaOptionsValidator>());
        services.AddOptions<RectificationOptions>().BindConfiguration(RectificationOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RectificationOptions>, RectificationOptionsValidator>());
        services.AddOptions<HolderOptions>().BindConfiguration(HolderOptions.Section).ValidateOnStart();
        if (hub.Mode == HubMode.Embedded)
        {
            // One process holds the embedded hub's state, so a secret of its own keys its holders for as long as they live.
            services.PostConfigure<HolderOptions>(o => o.Secret ??= Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HolderOptions>, HolderOptionsValidator>());
        services.AddOptions<Signing.SigningOptions>().BindConfiguration(Signing.SigningOptions.Section).ValidateOnStart();
        if (hub.Mode == HubMode.Embedded)
        {
            // Like the holder secret: the embedded hub's logs live as long as its process, and so may its key.
            services.PostConfigure<Signing.SigningOptions>(o => o.GenerateKey = o.KeyFile is null);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Signing.SigningOptions>, SigningOptionsValidator>());
        services.TryAddSingleton<Signing.LogKeys>();
        services.TryAddSingleton<Signing.LogSigner>();
        services.TryAddSingleton<HolderKeys>();
        services.TryAddSingleton<QueryCodes>();
        services.TryAddSingleton<CaseTally>();
        services.AddOptions<Halls.HallOptions>().BindConfiguration(Halls.HallOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Halls.HallOptions>, Halls.HallOptionsValidator>());
        services.TryAddSingleton<Halls.HallSchedules>();
        services.AddOptions<Hotline.HotlineOptions>().BindConfiguration(Hotline.HotlineOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Hotline.HotlineOptions>, Hotline.HotlineOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(HubClock.System);
        services.TryAddSingleton<CaseIdGenerator>();
        services.AddHubCatalogues();
        services.AddHubKafka(builder.Configuration);
        services.AddHubDepartmentSimulator(builder.Configuration);

        // Read and checked now, so that a template file with a missing or wrong template stops start-up, naming it.
        services.TryAddSingleton(LoadTemplates(builder.Configuration[TemplatesKey]));
        services.AddNotificationGateway(builder.Configuration);
        if (hub.Mode == HubMode.Cluster)
        {
            // Registered before Orleans, so it runs first: a database without the hub's tables stops start-up plainly.
            services.AddHostedService(sp => new DatabaseReadiness(
                sp.GetRequiredService<IOptions<HubOptions>>().Value.Database.ConnectionString!, sp.GetRequiredService<ILogger<DatabaseReadiness>>()));
        }

        // After the database check, so that in cluster mode the stored notices are read from a database known to hold them.
        builder.AddHubCalendar();
        return builder;
    }

    private static NotificationTemplates LoadTemplates(string? file)
    {
        try
        {
            return string.IsNullOrEmpty(file) ? NotificationTemplates.LoadDefault() : NotificationTemplates.Load(file);
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException($"{TemplatesKey}: {ex.Message} Fix the file, or leave {TemplatesKey} unset for the hub's own.", ex);
        }
    }

    /// <summary>
    /// The grains' storage and reminders for the mode in <c>Hub:Mode</c>: embedded, this silo's memory; cluster, PostgreSQL;
    /// the silo's announcer of certificate expiries (<see cref="CertificateExpiryOptions"/>, <c>Hub:Certificates:Expiry</c>)
    /// and its share of the statistics projection.
    /// Clustering is the host's: <see cref="ClusterHosting.UseHubClustering"/> in production, the test cluster's own in tests.
    /// </summary>
    public static ISiloBuilder AddHubGrains(this ISiloBuilder silo)
    {
        silo.AddIncomingGrainCallFilter<Ops.WorkCounting.GrainCalls>();
        silo.Services.AddOptions<CertificateExpiryOptions>().BindConfiguration(CertificateExpiryOptions.Section).ValidateOnStart();
        silo.Services.AddSingleton<IValidateOptions<CertificateExpiryOptions>, CertificateExpiryOptionsValidator>();
        silo.Services.AddSingleton<CertificateExpiryAnnouncer>();
        silo.Services.AddHostedService(sp => sp.GetRequiredService<CertificateExpiryAnnouncer>());
        silo.Services.AddHubStatisticsProjection(silo.Configuration);
        silo.Services.AddOptions<Catalogue.CatalogueFollowOptions>().BindConfiguration(Catalogue.CatalogueFollowOptions.Section)
            .Validate(o => o.FollowInterval > TimeSpan.Zero && o.FollowInterval <= TimeSpan.FromMinutes(10), "Hub:Catalogue:FollowInterval must be more than zero and at most 00:10:00.")
            .ValidateOnStart();
        silo.Services.AddSingleton<Catalogue.CatalogueFollower>();
        silo.Services.AddHostedService(sp => sp.GetRequiredService<Catalogue.CatalogueFollower>());

        var hub = HubOptions.From(silo.Configuration);
        if (hub.Mode == HubMode.Cluster)
        {
            var connectionString = hub.Database.ConnectionString!;
            silo.UseAdoNetReminderService(reminders =>
            {
                reminders.Invariant = GrainStorageHosting.PostgresInvariant;
                reminders.ConnectionString = connectionString;
            });
            return silo.AddHubPostgresStorage(connectionString);
        }

        return silo.UseInMemoryReminderService().AddHubSiloMemoryStorage();
    }
}
