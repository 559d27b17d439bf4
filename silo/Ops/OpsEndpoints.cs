using Hub.Catalogue;
using Hub.Access;
using Hub.Kafka;
using Hub.Kafka.DeadLetters;
using Hub.Registry;
using Hub.Statistics;
using Microsoft.Extensions.Options;

namespace Hub.Ops;

/// <summary>Operator endpoints: liveness (open); behind the operator key the Kafka address, the cluster's silos, the process's figures, the dead letters the calendar reload and the statistics.</summary>
public static class OpsEndpoints
{
    public static IEndpointRouteBuilder MapOps(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ops/health", (NodeRegistry registry) => Results.Ok(new { status = "ok", nodes = registry.Count }))
            .WithTags("Operations").WithSummary("Liveness, with the number of service nodes loaded.");
        var ops = app.MapGroup("/ops").WithTags("Operations").RequireAuthorization(HubClaims.OperatorRole);
        ops.MapGet("/kafka", (KafkaEndpoint kafka, ConsumerAssignment assignment, IOptions<KafkaOptions> options) => Results.Ok(new
            {
                bootstrapServers = kafka.BootstrapServers,
                embedded = kafka.IsEmbedded,
                consumerGroup = options.Value.ConsumeDepartmentEvents ? options.Value.ConsumerGroup : null,
                partitions = assignment.Partitions.Select(p => new { topic = p.Topic, partition = p.Partition.Value }),
            }))
            .WithSummary("The Kafka bootstrap address the hub uses (in embedded mode, the embedded broker's), and the department-event partitions this silo's consumer holds.");
        ops.MapGet("/cluster", async (IGrainFactory grains) =>
            {
                var management = grains.GetGrain<IManagementGrain>(0);
                var silos = await management.GetDetailedHosts(onlyActive: false);
                var activations = await ActivationsAsync(management, silos);
                return Results.Ok(new
                {
                    silos = silos.OrderBy(s => s.StartTime).Select(s => ClusterSiloView.From(s, activations.GetValueOrDefault(s.SiloAddress))),
                });
            })
            .WithSummary("Every silo in the membership table: address, status, start, last heartbeat, suspicions and, if active, its activations by grain class.");
        ops.MapGet("/runtime", (bool? collect, HubWork work, Hub.Signing.LogSigner signer) => Results.Ok(RuntimeView.Read(collect == true, work, signer)))
            .WithSummary("This silo process's CPU time, memory, collections and the work it did (HTTP requests, grain calls, Kafka messages, state writes); collect=true runs a full blocking collection first (it pauses the silo: for measurements, not for probes).");
        ops.MapGet("/dead-letters", async (int? limit, DeadLetterStore store, CancellationToken ct) =>
                Results.Ok(await store.ListAsync(Math.Clamp(limit ?? 50, 1, 1000), ct)))
            .WithSummary("The newest dead letters (default 50, at most 1000), each with its origin and reason.");
        ops.MapGet("/dead-letters/{partition:int}/{offset:long}", async (int partition, long offset, DeadLetterStore store, CancellationToken ct) =>
                await store.GetAsync(partition, offset, ct) is { } letter ? Results.Ok(letter) : NoSuchLetter(partition, offset))
            .WithSummary("One dead letter, with its payload in base 64.");
        ops.MapPost("/dead-letters/{partition:int}/{offset:long}/redrive", async (int partition, long offset, DeadLetterStore store, CancellationToken ct) =>
                await store.RedriveAsync(partition, offset, ct) is { } result ? Results.Ok(result) : NoSuchLetter(partition, offset))
            .WithSummary("Publishes a dead letter to its original topic again, once its cause is fixed. Safe to repeat.");
        ops.MapPost("/calendar/reload", CalendarReload.Handle)
            .WithSummary("Puts in force the holiday notices in the calendar folder (cluster mode: for every silo, through the database); a bad file is refused, naming it, and the calendar stays.")
            .Produces<CalendarReloadResponse>().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        ops.MapOpsStatistics();
        ops.MapParts();
        ops.MapWorkOrders();
        ops.MapCatalogueChanges();
        return app;
    }

    // Asked of the active silos only; if they do not all answer in time (one may have just died), none shows any.
    private static async Task<Dictionary<SiloAddress, IReadOnlyDictionary<string, int>>> ActivationsAsync(IManagementGrain management, MembershipEntry[] silos)
    {
        var active = silos.Where(s => s.Status == SiloStatus.Active).Select(s => s.SiloAddress).ToArray();
        try
        {
            var statistics = await management.GetSimpleGrainStatistics(active).WaitAsync(TimeSpan.FromSeconds(5));
            return active.ToDictionary(
                silo => silo,
                silo => (IReadOnlyDictionary<string, int>)statistics.Where(s => s.SiloAddress.Equals(silo))
                    .GroupBy(s => ShortName(s.GrainType)).ToDictionary(t => t.Key, t => t.Sum(s => s.ActivationCount)));
        }
        catch (Exception ex) when (ex is TimeoutException or OrleansException)
        {
            return [];
        }
    }

    // "Hub.Cases.CaseGrain,Hub.Grains" -> "CaseGrain": the class, without namespace, generic arguments or assembly.
    private static string ShortName(string grainType)
    {
        var end = grainType.IndexOfAny(['[', ',']);
        var name = end < 0 ? grainType : grainType[..end];
        return name[(name.LastIndexOf('.') + 1)..];
    }

    private static IResult NoSuchLetter(int partition, long offset) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such dead letter",
        detail: $"hub.dead-letters has no message at partition {partition}, offset {offset}; GET /ops/dead-letters lists them.");
}
