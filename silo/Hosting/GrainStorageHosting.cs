using Hub.Storage;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Hub.Hosting;

/// <summary>The grain storage of each run mode: which providers, and how state is serialized.</summary>
public static class GrainStorageHosting
{
    /// <summary>The ADO.NET invariant of PostgreSQL's driver, Npgsql.</summary>
    public const string PostgresInvariant = "Npgsql";

    /// <summary>The storage providers the grains name: cases and service nodes.</summary>
    private static readonly string[] Providers = ["cases", "nodes"];

    /// <summary>Embedded mode, one silo: grain state in that silo's memory, with no grain call per write.</summary>
    public static ISiloBuilder AddHubSiloMemoryStorage(this ISiloBuilder silo)
    {
        silo.UseHubStateSerializer();
        foreach (var name in Providers)
        {
            silo.Services.AddGrainStorage(name, (services, provider) =>
                new SiloMemoryGrainStorage(provider, services.GetRequiredService<IGrainStorageSerializer>()));
        }

        return silo;
    }

    /// <summary>Test clusters of several silos: grain state in Orleans' memory storage grains, which the silos share.</summary>
    public static ISiloBuilder AddHubMemoryStorage(this ISiloBuilder silo)
    {
        silo.UseHubStateSerializer();
        foreach (var name in Providers)
        {
            silo.AddMemoryGrainStorage(name);
        }

        return silo;
    }

    /// <summary>Cluster mode: grain state in PostgreSQL's OrleansStorage table, shared by every silo.</summary>
    public static ISiloBuilder AddHubPostgresStorage(this ISiloBuilder silo, string connectionString)
    {
        silo.UseHubStateSerializer();
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
    /// Stores grain state with Orleans' own binary serializer instead of the JSON default, in memory and in
    /// PostgreSQL alike: it is several times faster and smaller, and version-tolerant through the <c>[Id]</c> of
    /// every stored member, so members can be added without breaking state already written.
    /// </summary>
    private static void UseHubStateSerializer(this ISiloBuilder silo) =>
        silo.Services.AddSingleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>();
}
