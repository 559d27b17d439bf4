using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Api;

namespace Hub.Catalogue;

/// <summary>
/// <c>POST /ops/catalogue/changes</c>: an operator's change set (add, change, merge, cancel matters), validated whole
/// and recorded, in force on this silo at once and on the others within a second; <c>GET /ops/catalogue/changes</c>
/// the sets recorded; and the window's <c>GET /api/matters/{code}/history</c>.
/// </summary>
public static class CatalogueEndpoints
{
    public static RouteGroupBuilder MapCatalogueChanges(this RouteGroupBuilder ops)
    {
        ops.MapPost("/catalogue/changes", Record).WithSummary("Records a change set of the matter catalogue: add, change, merge and cancel matters, each from an effective date.");
        ops.MapGet("/catalogue/changes", async (IGrainFactory grains) =>
            Results.Ok((await grains.GetGrain<ICatalogueGrain>(ICatalogueGrain.Key).Since(0)).Select(ChangeSetResponse.From)))
            .WithSummary("Every change set recorded, in order.");
        return ops;
    }

    public static RouteGroupBuilder MapMatterHistory(this RouteGroupBuilder api)
    {
        api.MapGet("/matters/{code}/history", History).WithTags("Matters").WithSummary("Every version of a matter: the file's, each change, its merge or cancellation.");
        return api;
    }

    private static async Task<IResult> Record(HttpContext http, IGrainFactory grains, CatalogueFollower follower, HubClock time)
    {
        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted) as JsonObject;
        }
        catch (JsonException ex)
        {
            return InputErrors.Single("$", $"The body is not JSON: {ex.Message}");
        }

        var errors = new InputErrors();
        var reason = Text(body?["reason"]);
        if (reason is null)
        {
            errors.Add("reason", "Say why the catalogue changes (e.g. the notice that changes it); it is kept with the change.");
        }

        var changes = new List<CatalogueChange>();
        if (body?["changes"] is not JsonArray list || list.Count == 0)
        {
            errors.Add("changes", "Give a list of changes, each {\"op\": \"add\" | \"change\" | \"merge\" | \"cancel\", \"code\": …}.");
        }
        else
        {
            var today = Calendars.WorkingDays.ChinaDate(time.GetUtcNow());
            for (var i = 0; i < list.Count; i++)
            {
                if (ReadChange(list[i], $"changes[{i}]", today, errors) is { } change)
                {
                    changes.Add(change);
                }
            }
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        CatalogueChangeSet set;
        try
        {
            set = await grains.GetGrain<ICatalogueGrain>(ICatalogueGrain.Key).Record(Operator(http.User), reason!, changes);
        }
        catch (CatalogueChangeException ex)
        {
            return InputErrors.Single(ex.Field, ex.Message, StatusCodes.Status422UnprocessableEntity, "catalogue-change-refused");
        }

        await follower.Catchup();
        return Results.Created($"/ops/catalogue/changes#{set.Seq}", ChangeSetResponse.From(set));
    }

    private static CatalogueChange? ReadChange(JsonNode? node, string at, DateOnly today, InputErrors errors)
    {
        if (node is not JsonObject change)
        {
            errors.Add(at, "Each change is an object {\"op\": …, \"code\": …}.");
            return null;
        }

        var op = Text(change["op"]);
        CatalogueChangeKind? kind = op switch
        {
            "add" => CatalogueChangeKind.Add,
            "change" => CatalogueChangeKind.Change,
            "merge" => CatalogueChangeKind.Merge,
            "cancel" => CatalogueChangeKind.Cancel,
            _ => null,
        };
        if (kind is null)
        {
            errors.Add($"{at}.op", $"'{op}' is not an operation; use add, change, merge or cancel.");
            return null;
        }

        var matter = change["matter"] as JsonObject;
        var code = Text(change["code"]) ?? (kind == CatalogueChangeKind.Add ? Text(matter?["code"]) : null);
        if (code is null)
        {
            errors.Add($"{at}.code", kind == CatalogueChangeKind.Add ? "Give the new matter's code in matter.code." : "Give the code of the matter it changes.");
            return null;
        }

        var effective = today;
        if (change["effectiveFrom"] is { } from && !DateOnly.TryParseExact(Text(from), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out effective))
        {
            errors.Add($"{at}.effectiveFrom", "Is not a date; give yyyy-MM-dd (a China date), or leave it out for today.");
            return null;
        }

        if (kind is CatalogueChangeKind.Add or CatalogueChangeKind.Change && matter is null)
        {
            errors.Add($"{at}.matter", kind == CatalogueChangeKind.Add
                ? "Give the new matter's whole entry, as data/matters.json writes one."
                : "Give the fields that change, as data/matters.json writes them, e.g. {\"committedDays\": 3}.");
            return null;
        }

        var successor = kind == CatalogueChangeKind.Merge ? Text(change["into"]) : Text(change["successor"]);
        if (kind == CatalogueChangeKind.Merge && successor is null)
        {
            errors.Add($"{at}.into", "Give the code of the matter it is merged into.");
            return null;
        }

        return new CatalogueChange(kind.Value, code, matter?.ToJsonString(), successor, effective);
    }

    private static IResult History(string code, MatterCatalogue catalogue)
    {
        var history = catalogue.History(code);
        if (history.Count == 0)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such matter",
                detail: $"Matter '{code}' was never in the catalogue; GET /api/matters lists those in force.");
        }

        var inForce = catalogue.TryGet(code, out var live) ? live.Version : (int?)null;
        var retired = catalogue.TryGetRetirement(code, out var retirement) ? retirement.Version : (int?)null;
        return Results.Ok(new MatterHistoryResponse(code, inForce, retired, [.. history.Select(r => MatterVersionResponse.From(r, r.Version == inForce || r.Version == retired))]));
    }

    private static string Operator(ClaimsPrincipal user) => user.Identity?.Name is { Length: > 0 } name ? name : "operator";

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}

/// <summary>A recorded change set.</summary>
public sealed record ChangeSetResponse(int Seq, DateTimeOffset RecordedAt, string By, string Reason, IReadOnlyList<ChangeResponse> Changes)
{
    public static ChangeSetResponse From(CatalogueChangeSet set) => new(
        set.Seq, set.RecordedAt, set.By, set.Reason,
        [.. set.Changes.Select(c => new ChangeResponse(c.Kind.ToString().ToLowerInvariant(), c.Code, c.Successor, c.EffectiveFrom, c.Entry is null ? null : JsonNode.Parse(c.Entry)))]);
}

/// <summary>One change of a set, as recorded.</summary>
public sealed record ChangeResponse(string Op, string Code, string? Successor, DateOnly EffectiveFrom, JsonNode? Matter);

/// <summary>A matter's versions, and which is in force today (<see cref="InForce"/>), or which retired it.</summary>
public sealed record MatterHistoryResponse(string Code, int? InForce, int? RetiredBy, IReadOnlyList<MatterVersionResponse> Versions);

/// <summary>One version of a matter; <see cref="Kind"/> <c>file</c> for the catalogue file's.</summary>
public sealed record MatterVersionResponse(
    int Version, string Kind, DateOnly? EffectiveFrom, bool Current, string Name, int CommittedDays, int StatutoryDays, string? Successor,
    int? Seq, DateTimeOffset? RecordedAt, string? By, string? Reason, JsonNode? Entry)
{
    public static MatterVersionResponse From(MatterRevision r, bool current) => new(
        r.Version, r.Kind?.ToString().ToLowerInvariant() ?? "file", r.Kind is null ? null : r.EffectiveFrom, current, r.Matter.Name,
        r.Matter.CommittedDays, r.Matter.StatutoryDays, r.Successor, r.Kind is null ? null : r.Seq, r.RecordedAt, r.By, r.Reason, JsonNode.Parse(r.Entry));
}
