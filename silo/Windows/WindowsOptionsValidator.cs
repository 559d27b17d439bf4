using Hub.Hosting;
using Hub.Identifiers;
using Hub.Registry;
using Microsoft.Extensions.Options;

namespace Hub.Windows;

/// <summary>
/// Fails start-up on a bad <c>Hub:Windows</c> setting: in embedded mode an entry without id or key, on a node that is
/// not a service node, or with another's key; in cluster mode any entry at all, since windows live in the database.
/// </summary>
public sealed class WindowsOptionsValidator(IOptions<HubOptions> hub, NodeRegistry registry) : IValidateOptions<WindowsOptions>
{
    public ValidateOptionsResult Validate(string? name, WindowsOptions options)
    {
        var errors = new List<string>();
        if (options.CacheFor < TimeSpan.Zero || options.CacheFor > TimeSpan.FromMinutes(10))
        {
            errors.Add($"{WindowsOptions.Section}:CacheFor must be between 00:00:00 and 00:10:00 (was {options.CacheFor}): it is how late a revoked window is refused. The default is 00:00:30.");
        }

        if (hub.Value.Mode == HubMode.Cluster && options.Entries.Count > 0)
        {
            errors.Add($"Hub:Mode is Cluster, but {WindowsOptions.Section} holds {options.Entries.Count} window entr{(options.Entries.Count == 1 ? "y" : "ies")} "
                + $"({string.Join(", ", options.Entries.Select(e => e.Id))}). In cluster mode windows live in the database: remove the {WindowsOptions.Section}:n entries "
                + "and provision each window with `dotnet run --project silo -- windows add --node <division code> --name \"…\"`, which prints its key once.");
            return ValidateOptionsResult.Fail(errors);
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Entries.Count; i++)
        {
            var entry = options.Entries[i];
            var key = $"{WindowsOptions.Section}:{i}";
            if (string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.Key))
            {
                errors.Add($"{key}: set both Id and Key for every window.");
            }
            else if (!keys.Add(entry.Key))
            {
                errors.Add($"{key}:Key is already used by another window; give each window its own key.");
            }

            if (!DivisionCode.TryParse(entry.Node, out var node, out var error) || !registry.Contains(node))
            {
                errors.Add($"{key}:Node '{entry.Node}' is not a service node in the registry. {error}".TrimEnd());
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
