using Hub.Cases;

namespace Hub.Hosting;

/// <summary>Configures Orleans, Kafka and the simulator for the selected <see cref="HubMode"/>.</summary>
public static class SiloHosting
{
    public static WebApplicationBuilder AddHubSilo(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(HubOptions.Section).Get<HubOptions>() ?? new HubOptions();
        if (options.Mode != HubMode.Embedded)
        {
            throw new InvalidOperationException(
                $"Hub:Mode is '{options.Mode}', but this build runs only the Embedded mode; set Hub:Mode=Embedded (or leave it unset).");
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CaseIdGenerator>();
        builder.Services.AddHubKafka(builder.Configuration);
        builder.Services.AddDepartmentSimulator(builder.Configuration);

        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ClusterId, clusterId: options.ClusterId)
            .AddHubMemoryStorage()
            .UseInMemoryReminderService());
        return builder;
    }
}
