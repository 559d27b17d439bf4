using Orleans.Storage;

namespace Hub.Hosting;

/// <summary>The grain storage every run mode shares: which providers, and how state is serialized.</summary>
public static class GrainStorageHosting
{
    /// <summary>
    /// Stores grain state with Orleans' own binary serializer instead of the JSON default: it is several times
    /// faster and smaller, and version-tolerant through the <c>[Id]</c> of every stored member, so members can be
    /// added without breaking state already written.
    /// </summary>
    public static ISiloBuilder AddHubMemoryStorage(this ISiloBuilder silo)
    {
        silo.Services.AddSingleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>();
        return silo.AddMemoryGrainStorage("cases").AddMemoryGrainStorage("nodes");
    }
}
