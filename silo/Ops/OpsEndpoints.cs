using Hub.Kafka;
using Hub.Registry;

namespace Hub.Ops;

/// <summary>Operator endpoints: liveness, the Kafka bootstrap address in use, and the silos of the cluster.</summary>
public static class OpsEndpoints
{
    public static IEndpointRouteBuilder MapOps(this IEndpointRouteBuilder app)
    {
        var ops = app.MapGroup("/ops").WithTags("Operations");
        ops.MapGet("/health", (NodeRegistry registry) => Results.Ok(new { status = "ok", nodes = registry.Count }))
            .WithSummary("Liveness, with the number of service nodes loaded.");
        ops.MapGet("/kafka", (KafkaEndpoint kafka) => Results.Ok(new { bootstrapServers = kafka.BootstrapServers, embedded = kafka.IsEmbedded }))
            .WithSummary("The Kafka bootstrap address the hub uses; in embedded mode, the embedded broker's.");
        ops.MapGet("/cluster", async (IGrainFactory grains) =>
            {
                var silos = await grains.GetGrain<IManagementGrain>(0).GetDetailedHosts(onlyActive: false);
                return Results.Ok(new { silos = silos.OrderBy(s => s.StartTime).Select(ClusterSiloView.From) });
            })
            .WithSummary("Every silo in the membership table: address, status, start, last heartbeat and suspicions.");
        return app;
    }
}
