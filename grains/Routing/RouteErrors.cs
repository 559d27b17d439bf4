using Hub.Cases;
using Hub.Catalogue;
using Hub.Identifiers;
using Hub.Registry;

namespace Hub.Routing;

/// <summary>Builds the routing errors: each names the field at fault and tells the window how to fix the request.</summary>
internal sealed class RouteErrors(NodeRegistry registry)
{
    public static RouteError UnknownMatter(string? code) => new(
        "matterCode", "unknown-matter",
        $"Matter '{code}' is not in the catalogue; use a code from GET /api/matters?node=…&home=…, which lists what this window may take for the applicant.");

    public static RouteError UnknownReceivingNode(DivisionCode node) => new(
        "receivingNode", "unknown-node",
        $"Receiving node {node} is not a service node of the registry; give the 12-digit division code of this window's own node.");

    public static RouteError NotReceivable(Matter matter, DivisionCode receiving) => new(
        "matterCode", "not-receivable",
        $"Matter '{matter.Code}' ({matter.Name}) is not receivable at a {Describe(receiving.Level)} node; submit at a {Levels(matter.ReceivableAt)} window.");

    public static RouteError UnknownHome(DivisionCode home) => new(
        "applicant.home", "unknown-home",
        $"Applicant home {home} is not a division of the registry; give the division code of the applicant's registered home (e.g. the first 6 digits of a citizen ID).");

    public static RouteError ModeNotAllowed(Matter matter, HandlingMode mode) => new(
        "mode", "mode-not-allowed",
        $"Matter '{matter.Code}' ({matter.Name}) cannot be handled as {mode}; choose one of {string.Join(", ", matter.Modes)}, or leave mode out for the default.");

    public RouteError HomeTooCoarse(Matter matter, DivisionCode home) => new(
        "applicant.home", "home-too-coarse",
        $"Applicant home {home.ToShortString()} ({registry.FullNameOf(home)}) is a {Describe(home.Level)}, but matter '{matter.Code}' is decided at "
        + $"{Describe(matter.CompetentLevel)} level; give the applicant's {Describe(matter.CompetentLevel)} or a finer division code.");

    public RouteError NoHandlingNode(Matter matter, DivisionCode home) => new(
        "applicant.home", "no-handling-node",
        $"Applicant home {home} ({registry.FullNameOf(home)}) has no {Describe(matter.CompetentLevel)} node in the registry to decide matter '{matter.Code}'; "
        + "check the home code against the applicant's documents.");

    public RouteError OutOfScope(Matter matter, Alliance? alliance, DivisionCode receiving, DivisionCode handling)
    {
        var within = matter.Scope switch
        {
            MatterScope.Alliance => $"the {matter.Alliance} alliance (cities {string.Join(", ", alliance?.Cities.Select(city => city.ToShortString()) ?? [])})",
            MatterScope.Province => "one province",
            MatterScope.City => "one city",
            _ => "one county",
        };
        return new RouteError(
            "matterCode", "out-of-scope",
            $"Matter '{matter.Code}' ({matter.Name}) is handled only within {within}: receiving node {receiving.ToShortString()} ({registry.FullNameOf(receiving)}) "
            + $"and handling node {handling.ToShortString()} ({registry.FullNameOf(handling)}) are not both within it. "
            + "Submit at a window inside that area, or choose a matter of national scope.");
    }

    private static string Levels(IReadOnlyList<DivisionLevel> levels) =>
        string.Join(" or ", levels.Order().Reverse().Select(Describe));

    private static string Describe(DivisionLevel level) => level.ToString().ToLowerInvariant();
}
