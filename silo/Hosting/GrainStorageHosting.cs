using Hub.Outbox;
using Hub.Storage;
using Hub.Timers;
using Microsoft.Extensions.Options;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Hub.Hosting;

/// <summary>The grain storage of each run mode: which providers, how state is serialized, and the outbox machinery beside it.</summary>
public static class GrainStorageHosting
{
    /// <summary>The ADO.NET invariant of PostgreSQL's driver, Npgsql.</summary>
    public const string PostgresInvariant = "Npgsql";

    /// <summary>The storage providers the grains name: cases, service nodes, e-certificates, statistics, and the halls' appointments and queues.</summary>
    private static readonly string[] Providers = ["cases", "nodes", "certificates", "statistics", "halls"];

    /// <summary>Embedded mode, one silo: grain state and the list of waiting outboxes in that silo's memory, with no grain call per write.</summary>
    public static ISiloBuilder AddHubSiloMemoryStorage(this ISiloBuilder silo)
    {
        silo.Services.AddSingleton<MemoryOutboxIndex>();
        silo.AddHubOutbox(sp => sp.GetRequiredService<MemoryOutboxIndex>());
        foreach (var name in Providers)
        {
            silo.Services.AddGrainStorage(name, (services, provider) => new SiloMemoryGrainStorage(
                provider, services.GetRequiredService<IGrainStorageSerializer>(), services.GetRequiredService<MemoryOutboxIndex>()));
        }

        return silo;
    }

    /// <summary>Cluster mode: grain state in PostgreSQL's OrleansStorage table and waiting outboxes in HubOutbox, shared by every silo.</summary>
    public static ISiloBuilder AddHubPostgresStorage(this ISiloBuilder silo, string connectionString)
    {
        silo.Services.AddSingleton(sp => new PostgresOutboxIndex(
            connectionString, sp.GetRequiredService<IOptions<Orleans.Configuration.ClusterOptions>>(), sp.GetRequiredService<ILogger<PostgresOutboxIndex>>()));
        silo.AddHubOutbox(sp => sp.GetRequiredService<PostgresOutboxIndex>());
        foreach (var name in Providers)
        {
            silo.AddAdoNetGrainStorage(name, options =>
            {
                options.Invariant = PostgresInvariant;
                options.ConnectionString = connectionString;
            });
        }

        return silo;
    }

    /// <summary>
    /// Stores grain state with Orleans' own binary serializer instead of the JSON default, in memory and in PostgreSQL
    /// alike — several times faster and smaller, and version-tolerant through the <c>[Id]</c> of every stored member —
    /// behind the format byte that lists waiting outboxes and indexes durable timers; and runs this silo's outbox sweeper
    /// and due sweeper over <paramref name="index"/>.
    /// </summary>
    private static void AddHubOutbox<TIndex>(this ISiloBuilder silo, Func<IServiceProvider, TIndex> index)
        where TIndex : class, IOutboxIndex, IOutboxLedger, IDueIndex
    {
        silo.Services.AddSingleton<IDueIndex>(index);
        silo.Services.AddOptions<TimerOptions>().BindConfiguration(TimerOptions.Section).ValidateOnStart();
        silo.Services.AddSingleton<IValidateOptions<TimerOptions>, TimerOptionsValidator>();
        silo.Services.AddSingleton(new DueOwner(Cases.CaseGrain.StateName, (grains, key) => grains.GetGrain<Cases.ICaseGrain>(key)));
        silo.Services.AddSingleton(new DueOwner(Hotline.WorkOrderGrain.StateName, (grains, key) => grains.GetGrain<Hotline.IWorkOrderGrain>(key)));
        silo.Services.AddSingleton<DueSweeper>();
        silo.Services.AddHostedService(sp => sp.GetRequiredService<DueSweeper>());
        silo.Services.AddSingleton<OrleansGrainStorageSerializer>();
        silo.Services.AddSingleton<IGrainStorageSerializer, StateMarkingSerializer>();
        silo.Services.AddSingleton<IOutboxIndex>(index);
        silo.Services.AddSingleton<IOutboxLedger>(index);
        silo.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateOnStart();
        silo.Services.AddSingleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidator>();
        silo.Services.AddSingleton<OutboxSweeper>();
        silo.Services.AddHostedService(sp => sp.GetRequiredService<OutboxSweeper>());
    }
}
