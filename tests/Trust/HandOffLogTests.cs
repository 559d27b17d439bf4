using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Cases;
using Hub.Tests.EndToEnd;
using Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Hub.Tests.Trust;

/// <summary>
/// A case's signed hand-off log as an auditor checks it: from <c>GET /api/cases/{id}/log</c> and <c>GET /ops/keys</c>
/// alone, with Python's <c>cryptography</c> (the script docs/ gives) and with <c>openssl</c>; and a stored log with one
/// byte changed, which the hub reports and the auditor's check refuses. A hub of this class's own, with the simulator
/// answering the departments.
/// </summary>
public sealed class HandOffLogTests(HubAppFixture hub) : IClassFixture<HubAppFixture>
{
    private const string County = "demo-langao-county";

    [Fact]
    public async Task ACasesLog_VerifiesWithPythonsCryptographyAndOpenssl_FromTheLogAndTheKeysAlone()
    {
        var caseId = await DecidedCaseAsync();
        var (log, keys) = await ReadAsync(caseId);

        Assert.True(log["verified"]!.GetValue<bool>(), log["problems"]!.ToJsonString());
        var entries = log["entries"]!.AsArray();
        var actions = entries.Select(e => e!["action"]!.GetValue<string>()).ToArray();
        Assert.Equal("submitted", actions[0]);
        Assert.Subset(actions.ToHashSet(), new HashSet<string> { "submitted", "dispatched", "accepted" });
        Assert.Contains(actions, a => a is "approved" or "rejected"); // the simulator rejects one case in ten
        Assert.Equal(entries.Count, log["seals"]!.AsArray()[^1]!["through"]!.GetValue<int>());

        var (exit, output) = await VerifyWithPythonAsync(log, keys);
        Assert.True(exit == 0, output);
        Assert.Contains($"verified: case {caseId}, {entries.Count} entries", output, StringComparison.Ordinal);

        // The newest seal's signature, checked by openssl over the statement rebuilt from the seal's fields.
        var seal = log["seals"]!.AsArray()[^1]!;
        var folder = Directory.CreateTempSubdirectory("hand-off-log").FullName;
        var statement = $"hub-log/1 batch\nkey {seal["keyId"]}\nsigned-at {seal["signedAt"]}\nsize {seal["batchSize"]}\nroot {seal["root"]}\n";
        await File.WriteAllTextAsync(Path.Combine(folder, "statement"), statement);
        await File.WriteAllBytesAsync(Path.Combine(folder, "signature.der"), Convert.FromBase64String(seal["signature"]!.GetValue<string>()));
        var key = keys["keys"]!.AsArray().Single(k => k!["keyId"]!.GetValue<string>() == seal["keyId"]!.GetValue<string>())!;
        await File.WriteAllTextAsync(Path.Combine(folder, "key.pem"), key["publicKeyPem"]!.GetValue<string>());
        var openssl = await Repository.RunAsync("openssl", "dgst", "-sha256", "-verify", Path.Combine(folder, "key.pem"),
            "-signature", Path.Combine(folder, "signature.der"), Path.Combine(folder, "statement"));
        Assert.Equal((0, "Verified OK"), (openssl.ExitCode, openssl.Output.Trim()));

        // The same signature over a statement one character different does not verify.
        await File.WriteAllTextAsync(Path.Combine(folder, "statement"), statement.Replace("size ", "size 1", StringComparison.Ordinal));
        var forged = await Repository.RunAsync("openssl", "dgst", "-sha256", "-verify", Path.Combine(folder, "key.pem"),
            "-signature", Path.Combine(folder, "signature.der"), Path.Combine(folder, "statement"));
        Assert.NotEqual(0, forged.ExitCode);
    }

    [Fact]
    public async Task OneByteChangedInTheStoredState_IsReportedByTheHub_AndRefusedByTheAuditorsCheck()
    {
        var caseId = await DecidedCaseAsync();
        var grain = hub.Services.GetRequiredService<IGrainFactory>().GetGrain<ICaseGrain>(caseId);
        var storage = hub.Services.GetRequiredKeyedService<IGrainStorage>("cases");
        var serializer = hub.Services.GetRequiredService<IGrainStorageSerializer>();
        var stored = new GrainState<CaseState>();
        await storage.ReadStateAsync(CaseGrain.StateName, grain.GetGrainId(), stored);

        // The department's name in the dispatch entry, one byte of it changed where it is stored.
        var bytes = serializer.Serialize(stored.State).ToArray();
        var needle = Encoding.UTF8.GetBytes("dispatched");
        var at = bytes.AsSpan().IndexOf(needle);
        Assert.True(at >= 0, "the stored state holds the word of the dispatch entry");
        bytes[at + needle.Length - 1] ^= 0x01;
        stored.State = serializer.Deserialize<CaseState>(new BinaryData(bytes));
        Assert.Contains(stored.State!.Timeline, t => t.Action == "dispatchee");
        await storage.WriteStateAsync(CaseGrain.StateName, grain.GetGrainId(), stored);
        await hub.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        var (log, keys) = await ReadAsync(caseId);

        Assert.Contains(log["entries"]!.AsArray(), e => e!["action"]!.GetValue<string>() == "dispatchee");
        Assert.False(log["verified"]!.GetValue<bool>());
        Assert.Contains(log["problems"]!.AsArray(), p => p!.GetValue<string>().Contains("was changed", StringComparison.Ordinal));
        var (exit, output) = await VerifyWithPythonAsync(log, keys);
        Assert.Equal(1, exit);
        Assert.Contains("the entries chain to", output, StringComparison.Ordinal);
    }

    private async Task<string> DecidedCaseAsync()
    {
        var window = hub.Window(County);
        var caseId = (await WindowSubmissions.SubmittedAsync(window, "PS-006"))["caseId"]!.GetValue<string>();
        await Eventually.Until(() => window.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}"), c => c!["timeline"]!.AsArray().Any(t => t!["action"]!.GetValue<string>() is "approved" or "rejected"), what: $"case {caseId} decided");
        return caseId;
    }

    private async Task<(JsonObject Log, JsonObject Keys)> ReadAsync(string caseId) =>
        ((await hub.Window(County).GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}/log"))!,
         (await hub.Window(null).GetFromJsonAsync<JsonObject>("/ops/keys"))!);

    private static async Task<(int ExitCode, string Output)> VerifyWithPythonAsync(JsonObject log, JsonObject keys)
    {
        var folder = Directory.CreateTempSubdirectory("hand-off-log").FullName;
        var (logFile, keysFile) = (Path.Combine(folder, "log.json"), Path.Combine(folder, "keys.json"));
        await File.WriteAllTextAsync(logFile, log.ToJsonString());
        await File.WriteAllTextAsync(keysFile, keys.ToJsonString());
        return await Repository.RunAsync("python3", Path.Combine(Repository.Root(), "docs", "verify-hand-off-log.py"), logFile, keysFile);
    }
}
