using Hub.LoadTests;
using Hub.LoadTests.Live;

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(BenchmarkSettings.Usage);
    return 0;
}

BenchmarkSettings settings;
try
{
    settings = BenchmarkSettings.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchmarkSettings.Usage);
    return 2;
}

try
{
    return await new Benchmark(settings, new ProgressView()).RunAsync();
}
catch (InvalidOperationException ex) when (Hub.Database.ConnectionRefusal.Explain(ex) is not null)
{
    // A database with no connection slot left is the operator's to fix: say so, without a crash.
    Console.Error.WriteLine($"The benchmark stopped: {ex.Message}");
    return 3;
}
