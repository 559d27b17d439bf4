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

return await new Benchmark(settings, new ProgressView()).RunAsync();
