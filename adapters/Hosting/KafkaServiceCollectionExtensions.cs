using Hub.Kafka;
using Hub.Kafka.DeadLetters;
using Hub.Kafka.Internal;
using Hub.Messages;
using Hub.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Hosting;

/// <summary>Registers the hub's Kafka adapter and the department simulator.</summary>
public static class KafkaServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="KafkaOptions"/> bound from <c>Hub:Kafka</c> (validated at start-up), the embedded broker when
    /// <c>Hub:Kafka:BootstrapServers</c> is unset, the <see cref="KafkaEndpoint"/>, the publisher as
    /// <see cref="IHubPublisher"/>, and, unless <c>Hub:Kafka:ConsumeDepartmentEvents</c> is false, the consumer that
    /// applies department events to cases (it needs Orleans' <see cref="IGrainFactory"/>), whose partitions
    /// <see cref="ConsumerAssignment"/> tells and whose lag on them <see cref="ConsumerLag"/> reads.
    /// </summary>
    public static IServiceCollection AddHubKafka(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddKafkaCore(configuration);
        services.TryAddSingleton<Hub.Ops.HubWork>();
        services.TryAddSingleton<HubProducer>();
        services.TryAddSingleton<IHubPublisher, KafkaHubPublisher>();
        services.TryAddSingleton(sp => new KafkaProbe(
            sp.GetRequiredService<HubProducer>(), sp.GetRequiredService<KafkaEndpoint>(), sp.GetRequiredService<IOptions<KafkaOptions>>()));
        services.TryAddSingleton<ConsumerAssignment>();
        services.TryAddSingleton(sp => new ConsumerLag(
            sp.GetRequiredService<ConsumerAssignment>(), sp.GetRequiredService<IOptions<KafkaOptions>>(), sp.GetRequiredService<KafkaEndpoint>()));
        services.TryAddSingleton(sp => new DeadLetterStore(
            sp.GetRequiredService<HubProducer>(), sp.GetRequiredService<IOptions<KafkaOptions>>(), sp.GetRequiredService<KafkaEndpoint>()));
        var section = configuration.GetSection(KafkaOptions.SectionName);
        if (section.GetValue(nameof(KafkaOptions.ConsumeDepartmentEvents), true))
        {
            services.AddMetrics();
            services.TryAddSingleton<ConsumerMetrics>();
            services.TryAddSingleton<DeadLetterWriter>();
            services.AddOptions<DepartmentSignatureOptions>().Bind(configuration.GetSection(DepartmentSignatureOptions.SectionName)).ValidateOnStart();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DepartmentSignatureOptions>, DepartmentSignatureOptionsValidator>());
            services.TryAddSingleton<DepartmentSignatures>();
            services.TryAddSingleton<DepartmentEventHandler>();
            services.TryAddSingleton<DepartmentEventRetry>();
            services.AddHostedService<DepartmentEventConsumer>();
        }

        return services;
    }

    /// <summary>
    /// Adds, unless <c>Hub:Kafka:ProjectStatistics</c> is false, this silo's share of the statistics: the projection of
    /// <c>hub.case-events</c> and <c>hub.supervision</c> into the statistics grains. A silo's, since it calls grains;
    /// it needs <see cref="AddHubKafka"/>.
    /// </summary>
    public static IServiceCollection AddHubStatisticsProjection(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetSection(KafkaOptions.SectionName).GetValue(nameof(KafkaOptions.ProjectStatistics), true))
        {
            services.TryAddSingleton<Hub.Ops.HubWork>();
            services.AddHostedService<StatisticsProjection>();
        }

        return services;
    }

    /// <summary>
    /// Adds the department simulator, configured from <c>Hub:Simulator</c> (validated at start-up) and running only
    /// when <c>Hub:Simulator:Enabled</c> is true. It reaches Kafka as set by <c>Hub:Kafka</c>, and needs a
    /// <see cref="CertificateTypeChoice"/> registered: the certificate types its lines issue (the silo's
    /// <c>AddHubDepartmentSimulator</c> registers one from the hub's catalogues).
    /// </summary>
    public static IServiceCollection AddDepartmentSimulator(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddKafkaCore(configuration);
        services.AddOptions<DepartmentSimulatorOptions>()
            .Bind(configuration.GetSection(DepartmentSimulatorOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DepartmentSimulatorOptions>, DepartmentSimulatorOptionsValidator>());
        services.AddHostedService<DepartmentSimulator>();
        return services;
    }

    /// <summary>
    /// Adds the stand-in notification gateway (<see cref="Notifications.NotificationGatewayOptions"/>, <c>Hub:Notifications:Gateway</c>),
    /// which logs what it would send; it needs <see cref="Messages.NotificationTemplates"/> registered.
    /// </summary>
    public static IServiceCollection AddNotificationGateway(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddKafkaCore(configuration);
        services.AddOptions<Notifications.NotificationGatewayOptions>()
            .Bind(configuration.GetSection(Notifications.NotificationGatewayOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConsumerGroup), "Hub:Notifications:Gateway:ConsumerGroup must not be empty: name the consumer group the gateway reads hub.notifications with.")
            .ValidateOnStart();
        services.AddHostedService<Notifications.LoggingNotificationGateway>();
        return services;
    }

    private static void AddKafkaCore(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(s => s.ServiceType == typeof(KafkaEndpoint)))
        {
            return;
        }

        var section = configuration.GetSection(KafkaOptions.SectionName);
        services.AddOptions<KafkaOptions>()
            .Bind(section)
            .Configure(options =>
            {
                ClientConfigBinder.Bind(section.GetSection(nameof(KafkaOptions.Producer)), options.Producer);
                ClientConfigBinder.Bind(section.GetSection(nameof(KafkaOptions.Consumer)), options.Consumer);
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KafkaOptions>, KafkaOptionsValidator>());
        services.TryAddSingleton(sp => new EmbeddedKafkaBroker(
            sp.GetRequiredService<IOptions<KafkaOptions>>().Value.EmbeddedBrokers,
            sp.GetRequiredService<ILogger<EmbeddedKafkaBroker>>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<KafkaOptions>>().Value.BootstrapServers is { } external
            ? new KafkaEndpoint(external.Trim(), isEmbedded: false)
            : new KafkaEndpoint(sp.GetRequiredService<EmbeddedKafkaBroker>().BootstrapServers, isEmbedded: true));
    }
}
