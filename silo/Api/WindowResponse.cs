using Hub.Identifiers;

namespace Hub.Api;

/// <summary>What <c>GET /api/windows/me</c> answers: the window's id and name, and its node's code and name.</summary>
public sealed record WindowResponse(string Window, string Name, DivisionCode Node, string NodeName);
