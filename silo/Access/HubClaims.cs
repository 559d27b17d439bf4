namespace Hub.Access;

/// <summary>What the hub's authentication puts into the caller's claims, and the policies endpoints require.</summary>
public static class HubClaims
{
    /// <summary>The authentication scheme: <c>Authorization: Bearer &lt;key&gt;</c>, a window's or the operator's.</summary>
    public const string Scheme = "HubKey";

    /// <summary>The role, and the name of the policy, of a window's credential.</summary>
    public const string WindowRole = "window";

    /// <summary>The role, and the name of the policy, of the operator key.</summary>
    public const string OperatorRole = "operator";

    /// <summary>The window's id.</summary>
    public const string WindowId = "hub:window";

    /// <summary>The window's node, a 12-digit division code.</summary>
    public const string Node = "hub:node";
}
