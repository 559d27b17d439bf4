using Orleans.Hosting;

namespace Hub.LoadTests.Hosting;

/// <summary>
/// The hub under test: its silos' HTTP addresses, the operator key, the windows to act as, the Kafka bootstrap
/// address, and how an Orleans client reaches its gateways (for the empty-grain-call baseline).
/// </summary>
internal sealed class HubTarget(
    string description,
    IReadOnlyList<Uri> apiUrls,
    string opsKey,
    IReadOnlyList<WindowCredential> windows,
    string kafkaBootstrap,
    Action<IClientBuilder> configureClient,
    string? databaseConnection,
    IReadOnlyList<IAsyncDisposable> owned) : IAsyncDisposable
{
    public string Description { get; } = description;
    public IReadOnlyList<Uri> ApiUrls { get; } = apiUrls;
    public string OpsKey { get; } = opsKey;
    public IReadOnlyList<WindowCredential> Windows { get; } = windows;
    public string KafkaBootstrap { get; } = kafkaBootstrap;
    public Action<IClientBuilder> ConfigureClient { get; } = configureClient;

    /// <summary>The cluster's PostgreSQL database, for the raw-upsert baseline; null in embedded mode.</summary>
    public string? DatabaseConnection { get; } = databaseConnection;

    public async ValueTask DisposeAsync()
    {
        foreach (var resource in owned.Reverse())
        {
            await resource.DisposeAsync();
        }
    }
}
