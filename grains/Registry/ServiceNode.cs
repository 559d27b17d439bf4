using Hub.Identifiers;

namespace Hub.Registry;

/// <summary>One service node of the registry: a division that can receive or handle cases.</summary>
/// <param name="Code">The 12-digit division code.</param>
/// <param name="Name">The division's own name, e.g. 岚皋县.</param>
/// <param name="Level">The level, from the code's trailing zeros.</param>
public readonly record struct ServiceNode(DivisionCode Code, string Name, DivisionLevel Level);
