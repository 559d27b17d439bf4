using Hub.Identifiers;
using Hub.Registry;
using Microsoft.Extensions.Options;

namespace Hub.Windows;

/// <summary>Embedded mode: the windows of <c>Hub:Windows</c> (by default the demo windows), held in memory.</summary>
public sealed class ConfiguredWindows(IOptions<WindowsOptions> options, NodeRegistry registry) : IWindowDirectory
{
    private readonly Dictionary<string, Window> _byKey = options.Value.Entries.ToDictionary(
        c => c.Key,
        c => new Window(c.Id, DivisionCode.Parse(c.Node), c.Name ?? registry.FullNameOf(DivisionCode.Parse(c.Node))),
        StringComparer.Ordinal);

    public ValueTask<Window?> FindAsync(string key, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_byKey.GetValueOrDefault(key));
}
