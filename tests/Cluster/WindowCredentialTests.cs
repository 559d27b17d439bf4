using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Commands;
using Hub.Tests.Support;

namespace Hub.Tests.Cluster;

/// <summary>
/// Cluster-mode windows, provisioned as an operator does with `windows add|list|revoke` (each a process of its own) on
/// the cluster's database, and the silos' HTTP API authenticating them.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class WindowCredentialTests(PostgresFixture fixture)
{
    private const string LangaoVillage = "610925100201";

    [PostgresFact]
    public async Task WindowAddedWithTheCommand_SubmitsACaseOverHttp_AndIsListedWithoutItsKey()
    {
        var id = $"add-{Guid.NewGuid():N}"[..20];
        var key = await PostgresFixture.AddWindowAsync(fixture.ConnectionString, LangaoVillage, "城关村便民服务站 测试窗口", id);
        var (silo, _) = await fixture.PairAsync();

        var response = await silo.Window(key).PostAsJsonAsync("/api/cases", Submission());
        var list = await RunAsync("windows", "list", "--connection", fixture.ConnectionString);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.StartsWith("610925-", created!["caseId"]!.GetValue<string>());
        Assert.Equal(0, list.Code);
        var line = Assert.Single(list.Output.Split('\n'), l => l.StartsWith(id + " ", StringComparison.Ordinal));
        Assert.Contains($"{LangaoVillage}", line);
        Assert.Contains("active", line);
        Assert.Contains("城关村便民服务站 测试窗口", line);
        Assert.DoesNotContain(key, list.Output);
        Assert.DoesNotContain(key[WindowKeysPrefixLength..], list.Output);
    }

    [PostgresFact]
    public async Task RevokedWindow_GetsUnauthorized_WithinTheCacheTime()
    {
        var id = $"revoke-{Guid.NewGuid():N}"[..20];
        var key = await PostgresFixture.AddWindowAsync(fixture.ConnectionString, LangaoVillage, "将被吊销的窗口", id);
        await using var silo = await ClusterSilo.StartAsync(fixture, $"revoke-{Guid.NewGuid():N}", "--Hub:Windows:CacheFor=00:00:03");
        Assert.Equal(HttpStatusCode.OK, (await silo.Window(key).GetAsync("/api/matters?home=430102")).StatusCode);

        var revoke = await RunAsync("windows", "revoke", id, "--connection", fixture.ConnectionString);

        Assert.Equal(0, revoke.Code);
        Assert.Contains($"Window {id} is revoked", revoke.Output);
        var refused = await Eventually.Until(
            () => silo.Window(key).GetAsync("/api/matters?home=430102"),
            r => r.StatusCode == HttpStatusCode.Unauthorized,
            within: TimeSpan.FromSeconds(30),
            what: "the revoked window's key to be refused");
        var problem = await refused.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Window credential missing or unknown", problem!["title"]!.GetValue<string>());
        var list = await RunAsync("windows", "list", "--connection", fixture.ConnectionString);
        Assert.Contains("revoked", Assert.Single(list.Output.Split('\n'), l => l.StartsWith(id + " ", StringComparison.Ordinal)));
    }

    [PostgresFact]
    public async Task KnownKey_IsAnsweredFromTheSilosCache_NotByAQueryPerCall()
    {
        var id = $"cache-{Guid.NewGuid():N}"[..20];
        var key = await PostgresFixture.AddWindowAsync(fixture.ConnectionString, LangaoVillage, "缓存测试窗口", id);
        var (silo, _) = await fixture.PairAsync();
        Assert.Equal(HttpStatusCode.OK, (await silo.Window(key).GetAsync("/api/matters?home=430102")).StatusCode);

        // Behind the silo's back, so that only a query would notice; Hub:Windows:CacheFor is 30 seconds on this silo.
        await PostgresServer.QueryAsync(fixture.ConnectionString, "UPDATE HubWindows SET RevokedAt = now() WHERE WindowId = @id RETURNING WindowId", ("id", id));
        var cached = await silo.Window(key).GetAsync("/api/matters?home=430102");

        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
    }

    [PostgresFact]
    public async Task ClusterSilo_RefusesAWindowKeyOnOpsAsForbidden_AndNoKeyAsUnauthorized()
    {
        var (silo, _) = await fixture.PairAsync();

        var asWindow = await silo.Window(fixture.WindowKey).GetAsync("/ops/cluster");
        using var anonymous = new HttpClient { BaseAddress = silo.BaseAddress };
        var noKeyOnApi = await anonymous.GetAsync("/api/matters?home=430102");
        var noKeyOnOps = await anonymous.GetAsync("/ops/cluster");
        var demoKey = await silo.Window("demo-langao-village").GetAsync("/api/matters?home=430102");

        Assert.Equal(HttpStatusCode.Forbidden, asWindow.StatusCode);
        Assert.Equal("application/problem+json", asWindow.Content.Headers.ContentType?.MediaType);
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized),
            (noKeyOnApi.StatusCode, noKeyOnOps.StatusCode, demoKey.StatusCode));
        Assert.Contains("windows add", (await noKeyOnApi.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await silo.Window(ClusterSilo.OpsKey).GetAsync("/ops/cluster")).StatusCode);
    }

    [Theory]
    [InlineData("610925100299", "--node 610925100299 is not a service node of the division registry")]
    [InlineData("61092510", "--node '61092510' is not a division code")]
    public async Task WindowsAdd_OnANodeThatIsNoServiceNode_FailsNamingTheFlag(string node, string message)
    {
        var (code, output, error) = await RunInProcessAsync("add", "--node", node, "--name", "窗口", "--connection", "Host=127.0.0.1;Database=unused");

        Assert.Equal((2, ""), (code, output));
        Assert.StartsWith(message, error);
    }

    [Fact]
    public async Task WindowsAdd_WithoutADatabase_SaysHowToNameOne()
    {
        var (code, _, error) = await RunInProcessAsync("add", "--node", LangaoVillage, "--name", "窗口");

        Assert.Equal(2, code);
        Assert.Contains("--connection", error);
        Assert.Contains("Hub__Database__ConnectionString", error);
    }

    [PostgresFact]
    public async Task WindowsAddFrom_AFile_AddsEveryWindow_ButABadLineAddsNone()
    {
        var prefix = $"from-{Guid.NewGuid():N}"[..13];
        var good = Path.GetTempFileName();
        var bad = Path.GetTempFileName();
        await File.WriteAllLinesAsync(good, ["# node, name, id", $"610925100201\t一号窗口\t{prefix}-1", $"430102\t芙蓉区大厅\t{prefix}-2"]);
        await File.WriteAllLinesAsync(bad, [$"610925100201\t三号窗口\t{prefix}-3", $"999999\t不存在\t{prefix}-4"]);

        var added = await RunInProcessAsync("add", "--from", good, "--connection", fixture.ConnectionString);
        var refused = await RunInProcessAsync("add", "--from", bad, "--connection", fixture.ConnectionString);

        Assert.Equal(0, added.Code);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(added.Output, @"^\s+Key: hubw_\S+$", System.Text.RegularExpressions.RegexOptions.Multiline).Count);
        Assert.Equal(2, refused.Code);
        Assert.StartsWith($"--from {bad}:2: --node 999999 is not a service node", refused.Error);
        Assert.Equal([$"{prefix}-1", $"{prefix}-2"], await PostgresServer.QueryAsync(fixture.ConnectionString,
            "SELECT WindowId FROM HubWindows WHERE WindowId LIKE @prefix ORDER BY WindowId", ("prefix", prefix + "%")));
    }

    private static int WindowKeysPrefixLength => Hub.Windows.WindowKeys.Prefix.Length;

    private static object Submission() => new
    {
        matterCode = "PS-004",
        applicant = new { kind = "person", id = Cases.CaseSamples.ChangshaCitizenId(), name = "刘芳" },
        materials = new[] { new { code = "id-card", reference = "scan://id-card" }, new { code = "application-form", reference = "scan://form" } },
    };

    private static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        await using var command = HubProcess.Start(args);
        var code = await command.WaitForExitAsync();
        return (code, command.Output);
    }

    private static async Task<(int Code, string Output, string Error)> RunInProcessAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await WindowsCommand.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
