using Hub.Api;

namespace Hub.Statistics;

/// <summary>
/// A scope's statistics over a window: all department lines together (a case counted once), and each line the scope
/// has figures for. <see cref="Node"/> is null for the nation.
/// </summary>
public sealed record StatisticsResponse(
    NodeRef? Node, DateOnly From, DateOnly To, int Generation, FiguresResponse All, IReadOnlyDictionary<string, FiguresResponse> Departments);
