using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Hub.Identifiers;
using Hub.Registry;
using Hub.Windows;
using Npgsql;

namespace Hub.Commands;

/// <summary>
/// <c>windows add --node … --name "…" [--id …]</c> (or <c>--from &lt;file&gt;</c>, one window a line), <c>windows list</c>,
/// <c>windows revoke &lt;id&gt;</c>: the windows of cluster mode, in the database <c>--connection</c> (or
/// <c>Hub:Database:ConnectionString</c>) names. <c>add</c> prints each new window's key once; the database keeps only its hash.
/// </summary>
public static partial class WindowsCommand
{
    private const string Usage = """
        Usage: dotnet run --project silo -- windows add --node <division code> --name "<window name>" [--id <id>] [--connection "…"]
               dotnet run --project silo -- windows add --from <file: one window a line, node<TAB>name[<TAB>id]> [--connection "…"]
               dotnet run --project silo -- windows list [--connection "…"]
               dotnet run --project silo -- windows revoke <id> [--connection "…"]
        """;

    /// <summary>Runs the command; 0 when done, 1 when the database refused or failed, 2 on a bad or missing argument.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var settings = CommandSettings.Read(args, "node", "name", "id", "from");
        if (args is not ["add" or "list" or "revoke", ..])
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        if (string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            await error.WriteLineAsync(CommandSettings.NoDatabase($"windows {args[0]}"));
            return 2;
        }

        var store = new WindowStore(settings.ConnectionString);
        try
        {
            return args switch
            {
                ["add", ..] => await AddAsync(store, settings, output, error, cancellationToken),
                ["list", ..] => await ListAsync(store, output, cancellationToken),
                ["revoke", var id, ..] when !id.StartsWith('-') => await RevokeAsync(store, id, output, error, cancellationToken),
                _ => await Fail(error, 2, Usage),
            };
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return await Fail(error, 1, $"windows {args[0]} failed: the database has no window table yet ({ex.MessageText}). "
                + "Install or update it with `dotnet run --project silo -- db init --connection \"…\"` (safe on an installed database).");
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException or FormatException or TimeoutException)
        {
            return await Fail(error, 1, $"windows {args[0]} failed: {ex.Message}");
        }
    }

    private static async Task<int> AddAsync(WindowStore store, CommandSettings settings, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        IReadOnlyList<(string Flag, string? Node, string? Name, string? Id)> requests;
        if (settings.Flag("from") is { } file)
        {
            if (!File.Exists(file))
            {
                return await Fail(error, 2, $"--from {file}: no such file. It holds one window a line: node, name and optionally id, separated by tabs.");
            }

            requests = [.. (await File.ReadAllLinesAsync(file, cancellationToken))
                .Select((line, i) => (Line: line, Number: i + 1))
                .Where(l => !string.IsNullOrWhiteSpace(l.Line) && !l.Line.TrimStart().StartsWith('#'))
                .Select(l => l.Line.Split('\t') is var f
                    ? ($"--from {file}:{l.Number}: ", Field(f, 0), Field(f, 1), Field(f, 2))
                    : default)];
        }
        else
        {
            requests = [("", settings.Flag("node"), settings.Flag("name"), settings.Flag("id"))];
        }

        // Every window is checked before the first is added, so that a bad line adds none.
        var registry = NodeRegistry.LoadDefault();
        var windows = new List<(string Id, DivisionCode Node, string Name)>();
        foreach (var (at, nodeText, name, given) in requests)
        {
            if (Check(registry, nodeText, name, given, out var window) is { } problem)
            {
                return await Fail(error, 2, at + problem);
            }

            windows.Add(window);
        }

        foreach (var (id, node, name) in windows)
        {
            var key = WindowKeys.New();
            if (!await store.AddAsync(id, node, name, WindowKeys.Hash(key), cancellationToken))
            {
                return await Fail(error, 1, $"--id {id} is already taken (by a window in use or revoked: `windows list` shows them); choose another id.");
            }

            await output.WriteLineAsync($"Window {id} added for node {node} ({registry.FullNameOf(node)}): {name}.");
            await output.WriteLineAsync("Its key, shown this once (the hub keeps only its hash): give it to the window to send as 'Authorization: Bearer <key>'.");
            await output.WriteLineAsync($"  Key: {key}");
        }

        return 0;
    }

    private static string? Check(NodeRegistry registry, string? nodeText, string? name, string? id, out (string Id, DivisionCode Node, string Name) window)
    {
        window = default;
        if (nodeText is null)
        {
            return "windows add needs --node: the division code of the service node the window serves, e.g. --node 610925100201.";
        }

        if (name is null)
        {
            return "windows add needs --name: the window's name as people know it, e.g. --name \"岚皋县城关镇城关村便民服务站\".";
        }

        if (!DivisionCode.TryParse(nodeText, out var node, out var parseError))
        {
            return $"--node {parseError}";
        }

        if (!registry.Contains(node))
        {
            return $"--node {nodeText} is not a service node of the division registry: give the 12-digit code of a province, city, county, town or village that exists.";
        }

        id ??= $"{node}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
        if (!WindowId().IsMatch(id))
        {
            return $"--id '{id}' may hold only letters, digits, '.', '_' and '-', start with a letter or digit, and be at most 64 characters long.";
        }

        window = (id, node, name);
        return null;
    }

    private static string? Field(string[] fields, int index) => index < fields.Length && fields[index].Trim() is { Length: > 0 } value ? value : null;

    private static async Task<int> ListAsync(WindowStore store, TextWriter output, CancellationToken cancellationToken)
    {
        var windows = await store.ListAsync(cancellationToken);
        if (windows.Count == 0)
        {
            await output.WriteLineAsync("No windows yet: add one with `windows add --node <division code> --name \"…\"`.");
            return 0;
        }

        var width = Math.Max(2, windows.Max(w => w.Id.Length));
        await output.WriteLineAsync($"{"ID".PadRight(width)}  NODE          CREATED (UTC)     STATUS                    NAME");
        foreach (var w in windows)
        {
            var status = w.RevokedAt is { } revoked ? $"revoked {Time(revoked)}" : "active";
            await output.WriteLineAsync($"{w.Id.PadRight(width)}  {w.Node}  {Time(w.CreatedAt)}  {status,-24}  {w.Name}");
        }

        return 0;
    }

    private static async Task<int> RevokeAsync(WindowStore store, string id, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var before = (await store.ListAsync(cancellationToken)).SingleOrDefault(w => w.Id == id);
        if (before?.RevokedAt is { } earlier)
        {
            await output.WriteLineAsync($"Window {id} was already revoked at {Time(earlier)} UTC.");
            return 0;
        }

        if (await store.RevokeAsync(id, cancellationToken) is not { RevokedAt: not null })
        {
            return await Fail(error, 1, $"There is no window {id}: `windows list` shows them.");
        }

        await output.WriteLineAsync($"Window {id} is revoked: every silo refuses its key within Hub:Windows:CacheFor (30 seconds by default).");
        return 0;
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static async Task<int> Fail(TextWriter error, int code, string message)
    {
        await error.WriteLineAsync(message);
        return code;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex WindowId();
}
