using System.Globalization;

namespace Hub.LoadTests.Hosting;

/// <summary>The settings, as environment variables, of a silo the benchmark starts: its ports, keys and windows.</summary>
internal static class SiloEnvironment
{
    // Every silo of one run keys certificate holders alike.
    private static readonly string HolderSecret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    // And sign their hand-off logs with one key.
    private static readonly Lazy<string> SigningKeyFile = new(() =>
    {
        using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var file = Path.Combine(Directory.CreateTempSubdirectory("hub-bench-signing").FullName, "hub-log.pem");
        File.WriteAllText(file, key.ExportPkcs8PrivateKeyPem());
        return file;
    });

    public static Dictionary<string, string> For(int httpPort, int siloPort, int gatewayPort, string opsKey, IReadOnlyList<WindowCredential> windows)
    {
        var environment = new Dictionary<string, string>
        {
            ["Urls"] = $"http://127.0.0.1:{httpPort}",
            ["Hub__SiloPort"] = siloPort.ToString(CultureInfo.InvariantCulture),
            ["Hub__GatewayPort"] = gatewayPort.ToString(CultureInfo.InvariantCulture),
            ["Hub__Simulator__Enabled"] = "false",
            ["Hub__Ops__Key"] = opsKey,
            ["Hub__Holders__Secret"] = HolderSecret,
            ["Hub__Signing__KeyFile"] = SigningKeyFile.Value,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        };
        for (var i = 0; i < windows.Count; i++)
        {
            var prefix = $"Hub__Windows__{i}__";
            environment[prefix + "Id"] = windows[i].Id;
            environment[prefix + "Node"] = windows[i].Node;
            environment[prefix + "Key"] = windows[i].Key;
            environment[prefix + "Name"] = windows[i].Name;
        }

        return environment;
    }

    /// <summary>One window per node, with fresh keys.</summary>
    public static IReadOnlyList<WindowCredential> Windows(IReadOnlyList<Regions.Division> nodes) =>
        [.. nodes.Select((node, i) => new WindowCredential($"bench-window-{i:D3}", node.Code, $"bench-{i:D3}-{Guid.NewGuid():N}", $"{node.Name}综合受理窗口"))];
}
