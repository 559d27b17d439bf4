using Hub.Registry;

namespace Hub.Windows;

/// <summary>The configured windows, checked at start-up: each key unique, each node a real service node.</summary>
public sealed class WindowDirectory
{
    private readonly Dictionary<string, Window> _byKey = new(StringComparer.Ordinal);

    public WindowDirectory(IConfiguration configuration, NodeRegistry registry)
    {
        var credentials = configuration.GetSection("Hub:Windows").Get<List<WindowCredential>>() ?? [];
        for (var i = 0; i < credentials.Count; i++)
        {
            var c = credentials[i];
            var key = $"Hub:Windows:{i}";
            if (string.IsNullOrWhiteSpace(c.Id) || string.IsNullOrWhiteSpace(c.Key))
            {
                throw new InvalidOperationException($"{key}: set both Id and Key for every window.");
            }

            if (!Identifiers.DivisionCode.TryParse(c.Node, out var node, out var error) || !registry.Contains(node))
            {
                throw new InvalidOperationException($"{key}:Node '{c.Node}' is not a service node in the registry. {error}");
            }

            if (!_byKey.TryAdd(c.Key, new Window(c.Id, node, c.Name ?? registry.FullNameOf(node))))
            {
                throw new InvalidOperationException($"{key}:Key is already used by another window; give each window its own key.");
            }
        }

        Windows = [.. _byKey.Values];
        Credentials = credentials;
    }

    /// <summary>Every configured window.</summary>
    public IReadOnlyList<Window> Windows { get; }

    /// <summary>The configured credentials, for the embedded-mode banner.</summary>
    public IReadOnlyList<WindowCredential> Credentials { get; }

    /// <summary>The window presenting <paramref name="key"/>, or null.</summary>
    public Window? Authenticate(string? key) =>
        key is { Length: > 0 } && _byKey.TryGetValue(key, out var window) ? window : null;
}
