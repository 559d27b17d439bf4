using System.Globalization;

namespace Hub.Ops;

/// <summary>
/// This process's CPU time by kind of thread, from Linux's per-thread accounting (<c>/proc/self/task/*/stat</c>):
/// the .NET threads that run the hub's code, the garbage collector's, the embedded Kafka broker's (librdkafka's mock
/// cluster runs on threads named <c>rdk:mock</c>) and the Kafka clients' (<c>rdk:broker…</c>, <c>rdk:main</c>). A
/// thread that has ended takes its time with it, so the kinds add up to less than the process's total. Elsewhere than
/// on Linux, nothing.
/// </summary>
public static class ThreadCpu
{
    /// <summary>The kinds, by the start of a thread's name.</summary>
    private static readonly (string Prefix, string Kind)[] Kinds =
    [
        ("rdk:mock", "embedded broker"),
        ("rdk:", "kafka clients"),
        (".NET Server GC", "garbage collector"),
        (".NET BGC", "garbage collector"),
        (".NET", "dotnet"),
    ];

    /// <summary>CPU milliseconds used so far by the live threads of each kind.</summary>
    public static IReadOnlyDictionary<string, double> Read()
    {
        var byKind = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc/self/task"))
        {
            return byKind;
        }

        var tick = 1000.0 / 100; // USER_HZ is 100 on every Linux .NET runs on.
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(task, "stat"));
            }
            catch (IOException)
            {
                continue; // ended meanwhile
            }

            // pid (comm) state ppid … utime stime: the name may hold spaces, so fields count from the last ')'.
            var open = stat.IndexOf('(', StringComparison.Ordinal);
            var close = stat.LastIndexOf(')');
            if (open < 0 || close < open)
            {
                continue;
            }

            var name = stat[(open + 1)..close];
            var fields = stat[(close + 2)..].Split(' ');
            if (fields.Length < 13
                || !long.TryParse(fields[11], NumberStyles.Integer, CultureInfo.InvariantCulture, out var user)
                || !long.TryParse(fields[12], NumberStyles.Integer, CultureInfo.InvariantCulture, out var system))
            {
                continue;
            }

            var kind = Array.Find(Kinds, k => name.StartsWith(k.Prefix, StringComparison.Ordinal)).Kind ?? "other";
            byKind[kind] = byKind.GetValueOrDefault(kind) + (user + system) * tick;
        }

        return byKind;
    }
}
