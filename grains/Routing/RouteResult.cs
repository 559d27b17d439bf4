using System.Diagnostics.CodeAnalysis;
using Hub.Cases;
using Hub.Catalogue;
using Hub.Identifiers;

namespace Hub.Routing;

/// <summary>
/// The outcome of routing: on success the matter, handling node, mode and task plan; otherwise the error.
/// A value type, so that routing a good request allocates nothing.
/// </summary>
public readonly struct RouteResult
{
    private readonly IReadOnlyList<CaseTaskPlan>? tasks;

    private RouteResult(Matter? matter, DivisionCode handlingNode, HandlingMode mode, IReadOnlyList<CaseTaskPlan>? tasks, RouteError? error)
    {
        IsSuccess = error is null;
        Matter = matter;
        HandlingNode = handlingNode;
        Mode = mode;
        this.tasks = tasks;
        Error = error;
    }

    /// <summary>Whether the request can be routed; when false, <see cref="Error"/> says why.</summary>
    [MemberNotNullWhen(true, nameof(Matter))]
    public bool IsSuccess { get; }

    /// <summary>The matter; also set on a failure found after the matter was known.</summary>
    public Matter? Matter { get; }

    /// <summary>The node whose department decides: the applicant's home division at the matter's competent level.</summary>
    public DivisionCode HandlingNode { get; }

    /// <summary>The mode the case runs in: the requested one, else ProxyReceipt when allowed, else the matter's first mode.</summary>
    public HandlingMode Mode { get; }

    /// <summary>The department tasks, stage numbers from 1; empty on failure.</summary>
    public IReadOnlyList<CaseTaskPlan> Tasks => tasks ?? [];

    /// <summary>Why the request cannot be routed; null on success.</summary>
    public RouteError? Error { get; }

    /// <summary>A routed request.</summary>
    public static RouteResult Success(Matter matter, DivisionCode handlingNode, HandlingMode mode, IReadOnlyList<CaseTaskPlan> tasks) =>
        new(matter, handlingNode, mode, tasks, null);

    /// <summary>A refused request; <paramref name="matter"/> when it was already known.</summary>
    public static RouteResult Failure(RouteError error, Matter? matter = null) =>
        new(matter, default, default, null, error);
}
