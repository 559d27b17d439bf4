using System.Globalization;

namespace Hub.LoadTests.Hosting;

/// <summary>The settings, as environment variables, of a silo the benchmark starts: its ports, keys and windows.</summary>
internal static class SiloEnvironment
{
    // Every silo of one run keys certificate holders alike.
    private static readonly string HolderSecret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

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
