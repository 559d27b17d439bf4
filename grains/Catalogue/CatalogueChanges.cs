using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Catalogue;

/// <summary>
/// Applies one change set to a <see cref="CatalogueBook"/>, change by change, each checked against the book as the
/// changes before it left it: an added or changed matter passes every check of the catalogue file's, a merge or a
/// cancellation names a successor in force. A wrong change throws naming it as the request does (<c>changes[i]…</c>).
/// </summary>
internal static class CatalogueChanges
{
    private const string Source = "change set";

    public static CatalogueBook Apply(CatalogueBook book, CatalogueChangeSet set, IReadOnlyDictionary<string, Alliance> alliances)
    {
        var order = book.Order.ToList();
        var revisions = new Dictionary<string, IReadOnlyList<MatterRevision>>(book.Revisions, StringComparer.Ordinal);
        for (var i = 0; i < set.Changes.Count; i++)
        {
            var change = set.Changes[i];
            var at = $"changes[{i}]";
            var history = revisions.GetValueOrDefault(change.Code);
            var latest = history?[^1];
            if (change.Kind != CatalogueChangeKind.Add)
            {
                if (latest is null)
                {
                    throw new CatalogueChangeException($"{at}.code", $"Matter '{change.Code}' is not in the catalogue; {Verb(change.Kind)} a matter of GET /api/matters, or add it first (op \"add\").");
                }

                if (latest.Retires)
                {
                    throw new CatalogueChangeException($"{at}.code", $"Matter '{change.Code}' was {Past(latest.Kind!.Value)} (version {latest.Version}, from {latest.EffectiveFrom:yyyy-MM-dd}); a retired matter takes no more changes{(latest.Successor is { } s ? $": change its successor '{s}'" : "")}.");
                }

                if (change.EffectiveFrom < latest.EffectiveFrom)
                {
                    throw new CatalogueChangeException($"{at}.effectiveFrom", $"{change.EffectiveFrom:yyyy-MM-dd} is before {latest.EffectiveFrom:yyyy-MM-dd}, from when version {latest.Version} of '{change.Code}' is in force; a matter's versions follow each other.");
                }
            }

            MatterRevision revision;
            switch (change.Kind)
            {
                case CatalogueChangeKind.Add:
                {
                    if (latest is not null)
                    {
                        throw new CatalogueChangeException($"{at}.matter.code", $"Matter '{change.Code}' is in the catalogue already (version {latest.Version}); change it with op \"change\", or give the new matter a code of its own.");
                    }

                    var entry = Parse(change.Entry, at);
                    var matter = Validate(entry, change.Code, at, alliances);
                    revision = new MatterRevision(matter.Code, 1, change.Kind, change.EffectiveFrom, matter with { Version = 1, EffectiveFrom = change.EffectiveFrom }, entry.ToJsonString());
                    order.Add(matter.Code);
                    break;
                }

                case CatalogueChangeKind.Change:
                {
                    var entry = (JsonObject)JsonNode.Parse(latest!.Entry)!;
                    var patch = Parse(change.Entry, at);
                    if (patch["code"] is { } code && code.GetValueKind() == JsonValueKind.String && code.GetValue<string>() != change.Code)
                    {
                        throw new CatalogueChangeException($"{at}.matter.code", $"A change keeps the matter's code '{change.Code}'; a matter under a new code is added (op \"add\"), and the old one merged into it (op \"merge\").");
                    }

                    foreach (var (name, value) in patch)
                    {
                        entry[name] = value?.DeepClone();
                    }

                    if (JsonNode.DeepEquals(entry, JsonNode.Parse(latest.Entry)))
                    {
                        throw new CatalogueChangeException($"{at}.matter", $"Changes nothing of '{change.Code}' version {latest.Version}; give the fields that change, with their new values.");
                    }

                    var matter = Validate(entry, change.Code, at, alliances);
                    var version = latest.Version + 1;
                    revision = new MatterRevision(change.Code, version, change.Kind, change.EffectiveFrom, matter with { Version = version, EffectiveFrom = change.EffectiveFrom }, entry.ToJsonString());
                    break;
                }

                default:
                {
                    var successor = change.Successor;
                    if (successor is not null || change.Kind == CatalogueChangeKind.Merge)
                    {
                        var field = change.Kind == CatalogueChangeKind.Merge ? $"{at}.into" : $"{at}.successor";
                        if (string.IsNullOrWhiteSpace(successor))
                        {
                            throw new CatalogueChangeException(field, $"A merge names the matter '{change.Code}' is merged into: its code.");
                        }

                        if (successor == change.Code)
                        {
                            throw new CatalogueChangeException(field, $"'{change.Code}' cannot succeed itself; name another matter.");
                        }

                        if (revisions.GetValueOrDefault(successor)?[^1] is not { Retires: false } next)
                        {
                            throw new CatalogueChangeException(field, $"'{successor}' is not a matter in force; the successor must be one (add it first in the same change set if it is new).");
                        }

                        if (next.EffectiveFrom > change.EffectiveFrom)
                        {
                            throw new CatalogueChangeException($"{at}.effectiveFrom", $"'{successor}' is in force only from {next.EffectiveFrom:yyyy-MM-dd}; a matter retires into it from that day or later.");
                        }
                    }

                    var version = latest!.Version + 1;
                    revision = new MatterRevision(change.Code, version, change.Kind, change.EffectiveFrom, latest.Matter, latest.Entry, successor);
                    break;
                }
            }

            revisions[revision.Code] = [.. history ?? [], revision with { Seq = set.Seq, RecordedAt = set.RecordedAt, By = set.By, Reason = set.Reason }];
        }

        return new CatalogueBook(set.Seq, order, revisions);
    }

    private static JsonObject Parse(string? entry, string at)
    {
        try
        {
            return JsonNode.Parse(entry ?? "null") as JsonObject
                ?? throw new CatalogueChangeException($"{at}.matter", "Is missing or not a JSON object; give the matter's fields as the catalogue file (data/matters.json) writes them.");
        }
        catch (JsonException ex)
        {
            throw new CatalogueChangeException($"{at}.matter", $"Is not JSON: {ex.Message}");
        }
    }

    private static Matter Validate(JsonObject entry, string code, string at, IReadOnlyDictionary<string, Alliance> alliances)
    {
        try
        {
            using var document = JsonDocument.Parse(entry.ToJsonString());
            var matter = MatterValidator.Validate(
                CatalogueReader.Deserialize<MatterEntry>(Source, at, document.RootElement), alliances, new EntryErrors(Source, at));
            return matter.Code == code
                ? matter
                : throw new CatalogueChangeException($"{at}.matter.code", $"'{matter.Code}' is not the change's code '{code}'.");
        }
        catch (CatalogueException ex)
        {
            throw new CatalogueChangeException(ex.Field is { Length: > 0 } field and not "$" ? $"{at}.matter.{field}" : $"{at}.matter", ex.Problem);
        }
    }

    private static string Verb(CatalogueChangeKind kind) => kind switch
    {
        CatalogueChangeKind.Change => "change",
        CatalogueChangeKind.Merge => "merge",
        _ => "cancel",
    };

    private static string Past(CatalogueChangeKind kind) => kind == CatalogueChangeKind.Merge ? "merged" : "cancelled";
}
