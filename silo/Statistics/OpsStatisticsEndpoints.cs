using System.Globalization;
using Hub.Api;
using Hub.Identifiers;
using Hub.Kafka;
using Hub.Registry;

namespace Hub.Statistics;

/// <summary>
/// The operators' statistics: by department line and level, the monthly ranking of a city's counties, and the
/// rebuild of the statistics from the feed.
/// </summary>
public static class OpsStatisticsEndpoints
{
    /// <summary>The most nodes one <c>GET /ops/statistics</c> lists.</summary>
    public const int MaxRows = 500;

    public static RouteGroupBuilder MapOpsStatistics(this RouteGroupBuilder ops)
    {
        ops.MapGet("/statistics", Statistics)
            .WithSummary("Statistics of a department line (or all) for each node of a level (default nation) within a node (default the nation), from 'from' to 'to' (yyyy-MM-dd; default this month). Nodes with nothing counted are left out.");
        ops.MapGet("/rankings", Rankings)
            .WithSummary("A city's counties for a month (yyyy-MM), ranked by on-time rate against the committed limit, then satisfaction.");
        ops.MapPost("/statistics/rebuild", Rebuild)
            .WithSummary("Starts a new generation of the statistics, read again from the start of hub.case-events and hub.supervision.");
        return ops;
    }

    private static async Task<IResult> Statistics(string? department, string? level, string? within, string? from, string? to, [AsParameters] StatisticsServices services)
    {
        var errors = new InputErrors();
        if (department is not null && !HubTopics.IsDepartment(department))
        {
            errors.Add("department", $"'{department}' is not a department line; give one of {string.Join(", ", HubTopics.Departments)}, or leave it out for all lines.");
        }

        var at = Level(level, errors);
        var scope = Within(within, services.Registry, errors);
        var window = StatisticsWindow.Parse(from, to, services.Time.GetUtcNow(), errors);
        if (errors.Any || window is not { } w)
        {
            return errors.ToProblem();
        }

        if (at is { } l && scope is { } s && l <= s.Level)
        {
            return InputErrors.Single("level", $"The nodes of level {l} within {s} ({s.Level}) are none; give a level below {s.Level}.");
        }

        var nodes = at is { } nodeLevel ? NodeLevels.Within(services.Registry, scope, nodeLevel, MaxRows + 1) : [];
        if (nodes.Count > MaxRows)
        {
            return InputErrors.Single("within", $"More than {MaxRows} nodes of level {at} lie within {scope?.ToString() ?? "the nation"}; narrow it with within=<the code of a node above them>.");
        }

        var line = department ?? StatisticsEntry.AllLines;
        var generation = await services.Reader.GenerationAsync();
        var scopes = at is null ? [(Ref: (NodeRef?)null, Key: StatisticsKeys.Nation)] : nodes.Select(n => (Ref: (NodeRef?)NodeRef.From(n, services.Registry), Key: n.ToString())).ToList();
        var read = await Task.WhenAll(scopes.Select(async x => (x.Ref, Counts: (await services.Reader.ReadAsync(generation, x.Key, w.From, w.To)).GetValueOrDefault(line, StatisticsCounts.Zero))));
        var rows = read.Where(r => at is null || !r.Counts.IsZero).Select(r => new OpsStatisticsRow(r.Ref, FiguresResponse.From(r.Counts))).ToArray();
        return Results.Ok(new OpsStatisticsResponse(department, at?.ToString() ?? "Nation", scope is { } n2 ? NodeRef.From(n2, services.Registry) : null, w.From, w.To, generation, rows));
    }

    private static async Task<IResult> Rankings(string? city, string? month, [AsParameters] StatisticsServices services)
    {
        var errors = new InputErrors();
        var code = default(DivisionCode);
        if (city is null)
        {
            errors.Add("city", "Required: the code of a city (地级市), e.g. city=430100.");
        }
        else if (!DivisionCode.TryParse(city, out code, out var error))
        {
            errors.Add("city", error);
        }
        else if (code.Level != DivisionLevel.City || !services.Registry.Contains(code))
        {
            errors.Add("city", $"{code} is not a city of the division registry; give a city's code, e.g. city=430100.");
        }

        if (!DateOnly.TryParseExact($"{month}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            errors.Add("month", month is null ? "Required: the month as yyyy-MM, e.g. month=2026-11." : $"'{month}' is not a month; give it as yyyy-MM, e.g. month=2026-11.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var last = first.AddMonths(1).AddDays(-1);
        var generation = await services.Reader.GenerationAsync();
        var counties = services.Registry.ChildrenOf(code).Where(c => c.Level == DivisionLevel.County).ToArray();
        var figures = await Task.WhenAll(counties.Select(async c => (County: c, Figures: FiguresResponse.From(
            (await services.Reader.ReadAsync(generation, c.ToString(), first, last))[StatisticsEntry.AllLines]))));
        var ranked = figures
            .OrderByDescending(f => f.Figures.OnTimeCommittedRate ?? -1)
            .ThenByDescending(f => f.Figures.Satisfaction ?? -1)
            .ThenBy(f => f.County)
            .Select((f, i) => new RankedCounty(i + 1, NodeRef.From(f.County, services.Registry), f.Figures.OnTimeCommittedRate, f.Figures.Satisfaction, f.Figures))
            .ToArray();
        return Results.Ok(new RankingResponse(NodeRef.From(code, services.Registry), first.ToString("yyyy-MM", CultureInfo.InvariantCulture), generation, ranked));
    }

    private static async Task<IResult> Rebuild(StatisticsReader reader, IGrainFactory grains)
    {
        var previous = await reader.GenerationAsync();
        var generation = await grains.GetGrain<IStatisticsGenerationGrain>(0).Rebuild();
        return Results.Accepted("/ops/statistics", new RebuildResponse(previous, generation));
    }

    private static DivisionLevel? Level(string? level, InputErrors errors)
    {
        if (level is null || level.Equals("nation", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (Enum.TryParse<DivisionLevel>(level, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(level, out _))
        {
            return parsed;
        }

        errors.Add("level", $"'{level}' is not a level; give one of nation, province, city, county, town, village.");
        return null;
    }

    private static DivisionCode? Within(string? within, NodeRegistry registry, InputErrors errors)
    {
        if (within is null)
        {
            return null;
        }

        if (!DivisionCode.TryParse(within, out var code, out var error))
        {
            errors.Add("within", error);
            return null;
        }

        if (!registry.Contains(code))
        {
            errors.Add("within", $"{code} is not a node of the division registry.");
            return null;
        }

        return code;
    }
}

/// <summary>The figures of each node of a level (or of the nation) for a department line or all lines.</summary>
public sealed record OpsStatisticsResponse(string? Department, string Level, NodeRef? Within, DateOnly From, DateOnly To, int Generation, IReadOnlyList<OpsStatisticsRow> Rows);

/// <summary>One node's figures; <see cref="Node"/> null for the nation.</summary>
public sealed record OpsStatisticsRow(NodeRef? Node, FiguresResponse Figures);

/// <summary>A city's counties for a month, best first.</summary>
public sealed record RankingResponse(NodeRef City, string Month, int Generation, IReadOnlyList<RankedCounty> Counties);

/// <summary>A county's place: by on-time rate (against the committed limit), then satisfaction; counties with nothing decided last.</summary>
public sealed record RankedCounty(int Rank, NodeRef County, double? OnTimeRate, double? Satisfaction, FiguresResponse Figures);

/// <summary>The generation counted before the rebuild, and the one now being read from the start of the feed.</summary>
public sealed record RebuildResponse(int Previous, int Generation);
