namespace Hub.LoadTests.Hosting;

/// <summary>A window the benchmark acts as: the same shape as the hub's <c>Hub:Windows</c> entries.</summary>
internal sealed record WindowCredential(string Id, string Node, string Key, string Name);
