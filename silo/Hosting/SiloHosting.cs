using Hub.Cases;
using Hub.Database;

namespace Hub.Hosting;

/// <summary>Configures Orleans, Kafka and the simulator for the selected <see cref="HubMode"/>.</summary>
public static class SiloHosting
{
    private const string SimulatorEnabledKey = "Hub:Simulator:Enabled";

    public static WebApplicationBuilder AddHubSilo(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(HubOptions.Section).Get<HubOptions>() ?? new HubOptions();
        var cluster = options.Mode == HubMode.Cluster ? ClusterSettings.Read(options, builder.Configuration) : null;

        // The simulator answers dispatched tasks with made-up decisions: a demo default, never a silent one in a cluster.
        if (builder.Configuration[SimulatorEnabledKey] is null)
        {
            builder.Configuration.AddInMemoryCollection([new(SimulatorEnabledKey, cluster is null ? "true" : "false")]);
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CaseIdGenerator>();
        builder.Services.Configure<Hub.Nodes.ServiceNodeOptions>(builder.Configuration.GetSection(Hub.Nodes.ServiceNodeOptions.Section));
        builder.Services.AddHubKafka(builder.Configuration);
        builder.Services.AddDepartmentSimulator(builder.Configuration);
        if (cluster is not null)
        {
            // Registered before Orleans, so it runs first: a database without the hub's tables stops start-up plainly.
            builder.Services.AddHostedService(sp => new DatabaseReadiness(cluster.ConnectionString, sp.GetRequiredService<ILogger<DatabaseReadiness>>()));
        }

        builder.UseOrleans(silo =>
        {
            if (cluster is null)
            {
                silo.UseHubEmbedded(options);
            }
            else
            {
                silo.UseHubCluster(options, cluster);
            }
        });
        return builder;
    }
}
