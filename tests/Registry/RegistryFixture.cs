using Hub.Registry;

namespace Hub.Tests.Registry;

/// <summary>The real registry, loaded once for every test class of the <see cref="RegistryCollection"/>.</summary>
public sealed class RegistryFixture
{
    /// <summary>Loads the files copied to the test output directory.</summary>
    public RegistryFixture()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        Registry = NodeRegistry.LoadDefault();
        ManagedBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
    }

    /// <summary>The registry of all five levels.</summary>
    public NodeRegistry Registry { get; }

    /// <summary>The growth of the managed heap across the load, after full collections: informative only, since other tests allocate meanwhile.</summary>
    public long ManagedBytes { get; }
}
