using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Tests.Support;
using Xunit.Abstractions;

namespace Hub.Tests.Cluster;

/// <summary>
/// Silo processes of one cluster on PostgreSQL and one broker, while cases flow: one killed without warning, one
/// added under load. The department simulator runs on a silo that stays.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SiloFailureTests(PostgresFixture fixture, ITestOutputHelper output)
{
    private const string BootstrapLine = @"--Hub:Kafka:BootstrapServers=(\S+)";
    private const string ApiLine = @"Window API : (http://\S+)/api";

    // Found dead after two missed probes of two seconds, instead of Orleans' three of five.
    private static readonly string[] QuickDetection = ["--Hub:Membership:ProbeTimeout=00:00:02", "--Hub:Membership:MissedProbesLimit=2"];

    [PostgresFact]
    public async Task SiloKilledWhileCasesFlow_EveryCaseCompletesOnce_AndTheOthersTakeOverItsPartitions()
    {
        var clusterId = $"kill-{Guid.NewGuid():N}";
        await using var broker = HubProcess.Start("broker");
        var bootstrap = await broker.WaitForAsync(BootstrapLine);
        await using var a = StartSilo(clusterId, bootstrap, "--Hub:Simulator:Enabled=true");
        await using var b = StartSilo(clusterId, bootstrap);
        await using var c = StartSilo(clusterId, bootstrap);
        string[] urls = [await a.WaitForAsync(ApiLine), await b.WaitForAsync(ApiLine), await c.WaitForAsync(ApiLine)];
        var allPartitions = await Eventually.Until(
            async () => (await Task.WhenAll(urls.Select(PartitionsAsync))).ToArray(),
            held => held.All(p => p.Count > 0),
            what: "every silo's consumer to hold department-event partitions");
        var partitions = allPartitions.SelectMany(p => p).ToHashSet();

        var cases = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            cases.Add(await SubmitAsync(urls[i % 3]));
        }

        await c.KillAsync();
        var killed = Stopwatch.StartNew();
        for (var i = 0; i < 30; i++)
        {
            cases.Add(await SubmitAsync(urls[i % 2]));
        }

        var finals = await Eventually.Until(
            async () => await Task.WhenAll(cases.Select(id => Window(urls[0]).GetFromJsonAsync<JsonObject>($"/api/cases/{id}"))),
            views => views.All(v => v!["status"]!.GetValue<string>() == "Delivered"),
            within: TimeSpan.FromMinutes(3),
            what: "every case to be delivered after a silo was killed");
        var recovered = killed.Elapsed;
        foreach (var final in finals)
        {
            var actions = final!["timeline"]!.AsArray().Select(t => t!["action"]!.GetValue<string>()).ToArray();
            Assert.Equal(1, actions.Count(x => x == "accepted"));
            Assert.Equal(1, actions.Count(x => x == "approved"));
            Assert.Equal(1, actions.Count(x => x == "delivered"));
        }

        var taken = await Eventually.Until(
            async () => (await PartitionsAsync(urls[0])).Concat(await PartitionsAsync(urls[1])).ToHashSet(),
            held => held.SetEquals(partitions),
            what: "the remaining silos to hold every department-event partition");
        var status = await Eventually.Until(
            () => PostgresServer.QueryAsync(fixture.ConnectionString,
                "SELECT Status FROM OrleansMembershipTable WHERE DeploymentId = @cluster ORDER BY Status", ("cluster", clusterId)),
            rows => rows.SequenceEqual(["3", "3", "6"]),
            what: "the killed silo's row to be marked Dead");
        output.WriteLine($"60 cases (30 before the kill, 30 after) all delivered once, {recovered.TotalSeconds:F1} s after the kill; {taken.Count} partitions held by the two left");
        Assert.Equal(partitions.Count, taken.Count);
        Assert.Equal(["3", "3", "6"], status);
    }

    [PostgresFact]
    public async Task SiloAddedUnderLoad_Joins_AndTakesAShareOfGrainsAndPartitions()
    {
        var clusterId = $"grow-{Guid.NewGuid():N}";
        await using var broker = HubProcess.Start("broker");
        var bootstrap = await broker.WaitForAsync(BootstrapLine);
        await using var a = StartSilo(clusterId, bootstrap, "--Hub:Simulator:Enabled=true");
        var first = await a.WaitForAsync(ApiLine);
        using var load = new CancellationTokenSource();
        var submitted = new List<string>();
        var submitting = Task.Run(async () =>
        {
            while (!load.IsCancellationRequested)
            {
                submitted.Add(await SubmitAsync(first));
                await Task.Delay(50);
            }
        });

        var addedPort = FreePort.Next();
        await using var added = StartSilo(clusterId, bootstrap, addedPort);
        var second = await added.WaitForAsync(ApiLine);
        HashSet<string> partitions;
        try
        {
            partitions = await Eventually.Until(() => PartitionsAsync(second), held => held.Count > 0, what: "the added silo to take partitions");
        }
        catch (TimeoutException)
        {
            output.WriteLine("first silo:\n" + string.Join('\n', a.Output.Split('\n').Where(l => l.Contains("artition", StringComparison.Ordinal) || l.Contains("ebalanc", StringComparison.Ordinal))));
            output.WriteLine("added silo:\n" + string.Join('\n', added.Output.Split('\n').Where(l => l.Contains("artition", StringComparison.Ordinal) || l.Contains("ebalanc", StringComparison.Ordinal))));
            throw;
        }

        var cases = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            cases.Add(await SubmitAsync(second));
        }

        var activations = await Eventually.Until(
            () => CaseActivationsAsync(second, addedPort),
            count => count > 0,
            what: "case grains activated on the added silo");
        await load.CancelAsync();
        await submitting;
        foreach (var caseId in cases.Concat(submitted))
        {
            await Eventually.Until(
                () => Window(first).GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}")!,
                view => view!["status"]!.GetValue<string>() == "Delivered",
                what: $"case {caseId} to be delivered");
        }

        output.WriteLine($"added silo holds {partitions.Count} partitions and {activations} case activations; {submitted.Count + cases.Count} cases delivered");
        Assert.InRange(partitions.Count, 1, (await PartitionsAsync(first)).Count + partitions.Count - 1);
    }

    private HubProcess StartSilo(string clusterId, string bootstrap, params string[] extra) => StartSilo(clusterId, bootstrap, FreePort.Next(), extra);

    private HubProcess StartSilo(string clusterId, string bootstrap, int siloPort, params string[] extra)
    {
        var args = ClusterSilo.Arguments(fixture.ConnectionString, bootstrap, clusterId, siloPort, FreePort.Next());
        args[1] = $"http://127.0.0.1:{FreePort.Next()}";
        return HubProcess.Start([.. args, .. QuickDetection, .. extra]);
    }

    private static async Task<HashSet<string>> PartitionsAsync(string url)
    {
        var kafka = await Client(url, "demo-ops").GetFromJsonAsync<JsonObject>("/ops/kafka");
        return [.. kafka!["partitions"]!.AsArray().Select(p => $"{p!["topic"]}/{p["partition"]}")];
    }

    private static async Task<int> CaseActivationsAsync(string url, int siloPort)
    {
        var cluster = await Client(url, "demo-ops").GetFromJsonAsync<JsonObject>("/ops/cluster");
        var silo = cluster!["silos"]!.AsArray().Single(s => s!["address"]!.GetValue<string>().EndsWith($":{siloPort}", StringComparison.Ordinal));
        return silo!["activations"]?["CaseGrain"]?.GetValue<int>() ?? 0;
    }

    private static HttpClient Window(string url) => Client(url, "demo-langao-village");

    private static HttpClient Client(string url, string key)
    {
        var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    // A window sends a submission again when the hub answers 503 (a silo just lost): that answer changed nothing.
    private static async Task<string> SubmitAsync(string url)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await Window(url).PostAsJsonAsync("/api/cases", new
            {
                matterCode = "PS-004",
                applicant = new { kind = "person", id = Cases.CaseSamples.ChangshaCitizenId(), name = "刘芳" },
                materials = new[] { new { code = "id-card", reference = "scan://id-card" }, new { code = "application-form", reference = "scan://form" } },
            });
            if (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable && attempt < 20)
            {
                Assert.NotNull(response.Headers.RetryAfter);
                await Task.Delay(TimeSpan.FromSeconds(1));
                continue;
            }

            Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!.GetValue<string>();
        }
    }
}
