using Hub.Kafka;
using Hub.Kafka.DeadLetters;
using Hub.Registry;

namespace Hub.Ops;

/// <summary>Operator endpoints: liveness (open); behind the operator key the Kafka address, the cluster's silos and the dead letters.</summary>
public static class OpsEndpoints
{
    public static IEndpointRouteBuilder MapOps(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ops/health", (NodeRegistry registry) => Results.Ok(new { status = "ok", nodes = registry.Count }))
            .WithTags("Operations").WithSummary("Liveness, with the number of service nodes loaded.");
        var ops = app.MapGroup("/ops").WithTags("Operations").RequireOpsKey();
        ops.MapGet("/kafka", (KafkaEndpoint kafka) => Results.Ok(new { bootstrapServers = kafka.BootstrapServers, embedded = kafka.IsEmbedded }))
            .WithSummary("The Kafka bootstrap address the hub uses; in embedded mode, the embedded broker's.");
        ops.MapGet("/cluster", async (IGrainFactory grains) =>
            {
                var silos = await grains.GetGrain<IManagementGrain>(0).GetDetailedHosts(onlyActive: false);
                return Results.Ok(new { silos = silos.OrderBy(s => s.StartTime).Select(ClusterSiloView.From) });
            })
            .WithSummary("Every silo in the membership table: address, status, start, last heartbeat and suspicions.");
        ops.MapGet("/dead-letters", async (int? limit, DeadLetterStore store, CancellationToken ct) =>
                Results.Ok(await store.ListAsync(Math.Clamp(limit ?? 50, 1, 1000), ct)))
            .WithSummary("The newest dead letters (default 50, at most 1000), each with its origin and reason.");
        ops.MapGet("/dead-letters/{partition:int}/{offset:long}", async (int partition, long offset, DeadLetterStore store, CancellationToken ct) =>
                await store.GetAsync(partition, offset, ct) is { } letter ? Results.Ok(letter) : NoSuchLetter(partition, offset))
            .WithSummary("One dead letter, with its payload in base 64.");
        ops.MapPost("/dead-letters/{partition:int}/{offset:long}/redrive", async (int partition, long offset, DeadLetterStore store, CancellationToken ct) =>
                await store.RedriveAsync(partition, offset, ct) is { } result ? Results.Ok(result) : NoSuchLetter(partition, offset))
            .WithSummary("Publishes a dead letter to its original topic again, once its cause is fixed. Safe to repeat.");
        return app;
    }

    private static IResult NoSuchLetter(int partition, long offset) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such dead letter",
        detail: $"hub.dead-letters has no message at partition {partition}, offset {offset}; GET /ops/dead-letters lists them.");
}
