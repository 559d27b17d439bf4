using Hub.LoadTests;
using Hub.LoadTests.Live;

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
