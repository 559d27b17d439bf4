using System.Globalization;

namespace Hub.LoadTests;

/// <summary>
/// A benchmark run's settings: the profile (quick: under two minutes; soak: minutes of sustained load), where the
/// report goes, and the hub to drive — one it starts itself (embedded, the default) or a running one.
/// </summary>
internal sealed record BenchmarkSettings(
    string Profile,
    string Output,
    TimeSpan Baseline,
    IReadOnlyList<double> RampRates,
    TimeSpan RampStep,
    TimeSpan Sustain,
    double? SustainRate,
    int MemoryCases,
    int Activations,
    int Windows,
    string? TargetUrl,
    string? OpsKey,
    string? WindowsFile,
    string? Gateways,
    string? Database,
    bool Cluster,
    int Silos,
    int Certificates,
    int IssuePercent,
    int ReusePercent,
    int Timers)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project loadtests -- [quick|soak] --out <folder> [options]
          quick              under two minutes: 4 s baselines, a 4 s-per-step ramp, 25 s sustained (default)
          soak               15 s baselines, a 10 s-per-step ramp, 5 min sustained
          --out <folder>     where report.md, report.json and the charts go (required)
          --ramp <n,n,…>     the ramp's arrival rates, cases/s (default 250,500,750,1000,1250,1500,2000,2500,3000,4000,6000,8000,12000)
          --rate <n>         the sustained arrival rate, cases/s (default: the highest ramp step the hub kept up with)
          --sustain <s>      how long the sustained phase lasts, seconds
          --certificates <n> how many certificates the verification phase issues and verifies (default 5,000; soak 50,000)
          --issue <percent>  of approvals, how many issue the applicant an e-certificate (default 70)
          --reuse <percent>  of submissions, how many hand in a certificate issued earlier in the run (default 20)
          --timers <n>       how many open cases, HubDue timers and reminders the timers phase arms and fires
                             (default 10,000; soak 1,000,000)
          --windows <n>      how many windows (nodes sampled from the registry) the embedded hub gets (default 200)
          --url <url>        drive a running hub instead of starting one (with --ops-key and --windows-file)
          --ops-key <key>    its operator key (Hub:Ops:Key)
          --windows-file <f> a JSON array of its windows: [{"id","node","key","name"}, …]
          --gateway <h:p,…>  its silos' Orleans gateways, for the empty-grain-call baseline
          --database <conn>  its PostgreSQL database, for the raw-upsert baseline (cluster mode)
          --cluster          start the hub in cluster mode on the PostgreSQL of --database: db init, the broker
                             command and --silos silos (default 1), all processes of this machine
        """;

    public static BenchmarkSettings Parse(string[] args)
    {
        var profile = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && a is "quick" or "soak") ?? "quick";
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        double? Number(string name) => Value(name) is { } text
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} needs a positive number, not '{text}'.")
            : null;

        int Percent(string name, int fallback) => Value(name) is { } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 100 ? n : throw new ArgumentException($"{name} needs a percentage from 0 to 100, not '{text}'.")
            : fallback;

        var output = Value("--out") ?? throw new ArgumentException("--out <folder> is required: the folder the report is written to.");
        var soak = profile == "soak";
        var url = Value("--url");
        if (url is not null && Value("--ops-key") is null)
        {
            throw new ArgumentException("--url needs --ops-key: the benchmark reads the hub's CPU and memory from /ops/runtime.");
        }

        if (args.Contains("--cluster") && Value("--database") is null)
        {
            throw new ArgumentException("--cluster needs --database \"Host=…;Database=…;Username=…;Password=…\": the PostgreSQL the silos share.");
        }

        return new BenchmarkSettings(
            profile,
            Path.GetFullPath(output),
            TimeSpan.FromSeconds(soak ? 15 : 4),
            Value("--ramp") is { } ramp ? [.. ramp.Split(',').Select(r => double.Parse(r, CultureInfo.InvariantCulture))] : [250, 500, 750, 1000, 1250, 1500, 2000, 2500, 3000, 4000, 6000, 8000, 12000],
            TimeSpan.FromSeconds(soak ? 10 : 4),
            TimeSpan.FromSeconds(Number("--sustain") ?? (soak ? 300 : 25)),
            Number("--rate"),
            soak ? 50_000 : 5_000,
            soak ? 50_000 : 5_000,
            (int)(Number("--windows") ?? 200),
            url,
            Value("--ops-key"),
            Value("--windows-file"),
            Value("--gateway"),
            Value("--database"),
            args.Contains("--cluster"),
            (int)(Number("--silos") ?? 1),
            (int)(Number("--certificates") ?? (soak ? 50_000 : 5_000)),
            Percent("--issue", 70),
            Percent("--reuse", 20),
            (int)(Number("--timers") ?? (soak ? 1_000_000 : 10_000)));
    }
}
