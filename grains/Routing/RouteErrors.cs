using Hub.Cases;
using Hub.Catalogue;
using Hub.Identifiers;
using Hub.Registry;

namespace Hub.Routing;

/// <summary>Builds the routing errors: each names the field at fault and tells the window how to fix the request.</summary>
internal sealed class RouteErrors(NodeRegistry registry, Catalogue.MatterCatalogue catalogue)
{
    public static RouteError UnknownMatter(string? code) => new(
        "matterCode", "unknown-matter",
        $"Matter '{code}' is not in the catalogue; use a code from GET /api/matters?node=…&home=…, which lists what this window may take for the applicant.");

    public RouteError Retired(Catalogue.MatterRevision retirement)
    {
        var on = $"{retirement.EffectiveFrom:yyyy-MM-dd}";
        var successor = retirement.Successor is { } code
            ? $"; submit under {code}{(catalogue.TryGet(code, out var next) ? $" ({next.Name})" : "")} instead"
            : "; it has no successor";
        return retirement.Kind == Catalogue.CatalogueChangeKind.Merge
            ? new("matterCode", "matter-merged", $"Matter '{retirement.Code}' ({retirement.Matter.Name}) was merged into {retirement.Successor} from {on}{successor}.")
            : new("matterCode", "matter-cancelled", $"Matter '{retirement.Code}' ({retirement.Matter.Name}) was cancelled from {on}{successor}.");
    }

    public static RouteError UnknownReceivingNode(DivisionCode node) => new(
        "receivingNode", "unknown-node",
        $"Receiving node {node} is not a service node of the registry; give the 12-digit division code of this window's own node.");

    public static RouteError NotReceivable(Matter matter, DivisionCode receiving) => new(
        "matterCode", "not-receivable",
        $"Matter '{matter.Code}' ({matter.Name}) is not receivable at a {Describe(receiving.Level)} node; submit at a {Levels(matter.ReceivableAt)} window.");

    public static RouteError UnknownHome(DivisionCode home, string field = "applicant.home") => new(
        field, "unknown-home",
        field == "applicant.home"
            ? $"Applicant home {home} is not a division of the registry; give the division code of the applicant's registered home (e.g. the first 6 digits of a citizen ID)."
            : $"Former home {home} is not a division of the registry; give the division code of the region the applicant comes from (where the insurance or account is now).");

    public static RouteError NotOnline(Matter matter) => new(
        "matterCode", "not-online",
        $"Matter '{matter.Code}' ({matter.Name}) cannot be handled fully online ({string.Join(", ", matter.Modes)} only), so an online hall cannot take it; the applicant applies at a service hall.");

    public static RouteError OnlineHallMode(HandlingMode mode) => new(
        "mode", "mode-not-allowed",
        $"An online hall takes FullyOnline cases only, not {mode}; leave mode out or set it to FullyOnline.");

    public static RouteError FormerHomeMissing(Matter matter) => new(
        "applicant.formerHome", "former-home-required",
        $"Matter '{matter.Code}' ({matter.Name}) handled as JointHandling has a task at the region the applicant comes from "
        + $"({string.Join("; ", matter.JointTasks!.Where(t => t.At == JointRegion.Former).Select(t => $"{t.Department}: {t.Name}"))}); give that region's division code in applicant.formerHome.");

    public static RouteError FormerHomeNotJoint(Matter matter, HandlingMode mode) => new(
        "applicant.formerHome", "former-home-not-joint",
        $"applicant.formerHome is only for a JointHandling case, and this one is {mode}"
        + (matter.Allows(HandlingMode.JointHandling) ? "; set mode to JointHandling to have the former region's node take part, or leave formerHome out." : $"; matter '{matter.Code}' is never handled jointly, so leave formerHome out."));

    public RouteError SameRegion(Matter matter, DivisionCode handling) => new(
        "applicant.formerHome", "same-region",
        $"The former home and the home are both handled by {handling.ToShortString()} ({registry.FullNameOf(handling)}) for matter '{matter.Code}'; "
        + "a move within one node's area is no 多地联办: leave formerHome out and choose another mode.");

    public static RouteError ModeNotAllowed(Matter matter, HandlingMode mode) => new(
        "mode", "mode-not-allowed",
        $"Matter '{matter.Code}' ({matter.Name}) cannot be handled as {mode}; choose one of {string.Join(", ", matter.Modes)}, or leave mode out for the default.");

    public RouteError HomeTooCoarse(Matter matter, DivisionCode home, string field = "applicant.home") => new(
        field, "home-too-coarse",
        $"{(field == "applicant.home" ? "Applicant home" : "Former home")} {home.ToShortString()} ({registry.FullNameOf(home)}) is a {Describe(home.Level)}, but matter '{matter.Code}' is decided at "
        + $"{Describe(matter.CompetentLevel)} level; give the applicant's {Describe(matter.CompetentLevel)} or a finer division code.");

    public RouteError NoHandlingNode(Matter matter, DivisionCode home, string field = "applicant.home") => new(
        field, "no-handling-node",
        $"{(field == "applicant.home" ? "Applicant home" : "Former home")} {home} ({registry.FullNameOf(home)}) has no {Describe(matter.CompetentLevel)} node in the registry to decide matter '{matter.Code}'; "
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
