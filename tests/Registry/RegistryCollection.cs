namespace Hub.Tests.Registry;

/// <summary>Test classes that share one loaded registry (it holds about 665,000 nodes).</summary>
[CollectionDefinition(Name)]
public sealed class RegistryCollection : ICollectionFixture<RegistryFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "registry";
}
