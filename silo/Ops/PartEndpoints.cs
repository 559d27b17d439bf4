using Hub.Kafka;

namespace Hub.Ops;

/// <summary>
/// <c>POST /ops/parts/{part}?count=N</c>: runs N of one part a lifecycle is made of, inside this silo, and answers what
/// it cost (<see cref="PartRun"/>) — an empty grain call, a state write in the configured storage, a Kafka message
/// produced and one consumed. For measurements on an otherwise idle silo: the CPU is the whole process's.
/// </summary>
public static class PartEndpoints
{
    private const int CallsInFlight = 256;
    private const int CallKeys = 1000;
    private const int Writers = 64;

    /// <summary>The parts, by the name in the path.</summary>
    public static readonly string[] Parts = ["grain-call", "state-write", "kafka"];

    public static RouteGroupBuilder MapParts(this RouteGroupBuilder ops)
    {
        ops.MapPost("/parts/{part}", async (string part, int? count, IGrainFactory grains, KafkaProbe kafka, CancellationToken ct) =>
            {
                var n = count ?? 10_000;
                if (n is < 1 or > 1_000_000)
                {
                    return Results.Problem(
                        title: "count is out of range",
                        detail: $"count must be between 1 and 1,000,000; it was {n}.",
                        statusCode: StatusCodes.Status400BadRequest,
                        extensions: new Dictionary<string, object?> { ["field"] = "count" });
                }

                return part switch
                {
                    "grain-call" => Results.Ok(new[] { await GrainCallsAsync(grains, n) }),
                    "state-write" => Results.Ok(new[] { await StateWritesAsync(grains, n) }),
                    "kafka" => Results.Ok(await KafkaAsync(kafka, n, ct)),
                    _ => Results.Problem(
                        title: "No such part",
                        detail: $"'{part}' is none of the parts: {string.Join(", ", Parts)}.",
                        statusCode: StatusCodes.Status404NotFound,
                        extensions: new Dictionary<string, object?> { ["field"] = "part" }),
                };
            })
            .WithSummary("Runs count (default 10,000) of one part of a lifecycle inside this silo — grain-call, state-write or kafka (a message produced, then one consumed) — and answers the silo CPU they cost.")
            .Produces<PartRun[]>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return ops;
    }

    private static async Task<PartRun> GrainCallsAsync(IGrainFactory grains, int count)
    {
        // Activated first, so the run times calls, not activations.
        await Task.WhenAll(Enumerable.Range(0, CallKeys).Select(k => grains.GetGrain<IProbeGrain>(k).Ping()));
        return await PartRun.MeasureAsync("grain-call", async () =>
        {
            var next = -1L;
            await Task.WhenAll(Enumerable.Range(0, CallsInFlight).Select(async _ =>
            {
                long i;
                while ((i = Interlocked.Increment(ref next)) < count)
                {
                    await grains.GetGrain<IProbeGrain>(i % CallKeys).Ping();
                }
            }));
            return count;
        });
    }

    private static async Task<PartRun> StateWritesAsync(IGrainFactory grains, int count)
    {
        var writers = Math.Min(Writers, count);
        await Task.WhenAll(Enumerable.Range(0, writers).Select(k => grains.GetGrain<IProbeStateGrain>(k).Write(1)));
        return await PartRun.MeasureAsync("state-write", async () =>
        {
            await Task.WhenAll(Enumerable.Range(0, writers).Select(k => grains.GetGrain<IProbeStateGrain>(k).Write(count / writers + (k < count % writers ? 1 : 0))));
            return count;
        });
    }

    private static async Task<PartRun[]> KafkaAsync(KafkaProbe kafka, int count, CancellationToken cancellationToken)
    {
        var (produced, consumed) = await kafka.RunAsync(count, cancellationToken);
        return [produced, consumed];
    }
}
