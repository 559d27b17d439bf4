using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Tests.Support;

namespace Hub.Tests.Cluster;

/// <summary>Cluster-mode silos as processes of their own, and the window that talks to them.</summary>
internal static class SiloProcesses
{
    /// <summary>The line the broker command prints with its address.</summary>
    public const string BootstrapLine = @"--Hub:Kafka:BootstrapServers=(\S+)";

    /// <summary>The line a silo prints with its window API's address.</summary>
    public const string ApiLine = @"Window API : (http://\S+)/api";

    /// <summary>Starts a silo of <paramref name="clusterId"/> on the fixture's database and <paramref name="bootstrap"/>.</summary>
    public static HubProcess Start(PostgresFixture fixture, string clusterId, string bootstrap, int siloPort, params string[] extra)
    {
        var args = ClusterSilo.Arguments(fixture.ConnectionString, bootstrap, clusterId, siloPort, FreePort.Next());
        args[1] = $"http://127.0.0.1:{FreePort.Next()}";
        return HubProcess.Start([.. args, .. extra]);
    }

    /// <summary>A client of the silo at <paramref name="url"/> with credential <paramref name="key"/> (a window's, or the operator's).</summary>
    public static HttpClient Client(string url, string key)
    {
        var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>
    /// Submits a cross-province case as the Lan'gao village window with <paramref name="key"/> and returns its id. A window sends a submission again
    /// when the hub answers 503 (a silo just lost, say): that answer changed nothing.
    /// </summary>
    public static async Task<string> SubmitAsync(string url, string key)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await Client(url, key).PostAsJsonAsync("/api/cases", new
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

    /// <summary>How many activations of <paramref name="grainClass"/> the silo on <paramref name="siloPort"/> holds, as <c>/ops/cluster</c> at <paramref name="url"/> shows it.</summary>
    public static async Task<int> ActivationsAsync(string url, int siloPort, string grainClass)
    {
        var cluster = await Client(url, ClusterSilo.OpsKey).GetFromJsonAsync<JsonObject>("/ops/cluster");
        var silo = cluster!["silos"]!.AsArray().Single(s => s!["address"]!.GetValue<string>().EndsWith($":{siloPort}", StringComparison.Ordinal));
        return silo!["activations"]?[grainClass]?.GetValue<int>() ?? 0;
    }
}
