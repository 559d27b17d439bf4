using System.Diagnostics;

namespace Hub.Ops;

/// <summary>
/// One run of a part of a lifecycle in isolation (<c>POST /ops/parts/{part}</c>): how many, how long, and the CPU this
/// silo process spent meanwhile — on an otherwise idle silo, the part's own cost.
/// </summary>
public sealed record PartRun(string Part, long Count, double Seconds, double CpuMilliseconds)
{
    /// <summary>Silo CPU one of them costs, microseconds.</summary>
    public double CpuMicrosecondsEach => Count > 0 ? CpuMilliseconds * 1000 / Count : 0;

    /// <summary>Runs <paramref name="work"/> and measures it.</summary>
    public static async Task<PartRun> MeasureAsync(string part, Func<Task<long>> work)
    {
        var cpu = ProcessCpuMilliseconds();
        var started = Stopwatch.GetTimestamp();
        var count = await work();
        return new PartRun(part, count, Stopwatch.GetElapsedTime(started).TotalSeconds, ProcessCpuMilliseconds() - cpu);
    }

    /// <summary>CPU time this process has used, milliseconds.</summary>
    public static double ProcessCpuMilliseconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalMilliseconds;
    }
}
