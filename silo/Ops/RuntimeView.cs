using System.Diagnostics;
using System.Runtime;

namespace Hub.Ops;

/// <summary>
/// This silo process's own figures: CPU time used since start, memory, garbage collections, and the work it did
/// (<see cref="HubWork"/>), and the CPU time by kind of thread (<see cref="ThreadCpu"/>). Deltas between two reads give CPU per unit of work, memory per unit of state, and how many
/// of each part a unit of work used (the load tests read it so).
/// </summary>
public sealed record RuntimeView(
    double CpuMilliseconds,
    double UptimeSeconds,
    int ProcessorCount,
    long WorkingSetBytes,
    long ManagedHeapBytes,
    bool Collected,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections,
    bool ServerGc,
    WorkCounts Work,
    IReadOnlyDictionary<string, double> CpuMillisecondsByThread,
    SigningCounts Signing)
{
    /// <summary>Reads the figures; with <paramref name="collect"/> a full, compacting, blocking collection runs first.</summary>
    public static RuntimeView Read(bool collect, HubWork work, Signing.LogSigner signer)
    {
        if (collect)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        using var process = Process.GetCurrentProcess();
        return new RuntimeView(
            process.TotalProcessorTime.TotalMilliseconds,
            (DateTime.Now - process.StartTime).TotalSeconds,
            Environment.ProcessorCount,
            process.WorkingSet64,
            GC.GetTotalMemory(forceFullCollection: false),
            collect,
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            GCSettings.IsServerGC,
            work.Read(),
            ThreadCpu.Read(),
            signer.Totals);
    }
}
