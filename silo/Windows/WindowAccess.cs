using Hub.Access;
using Hub.Identifiers;

namespace Hub.Windows;

/// <summary>The window a request was authenticated as, read from the claims <see cref="BearerKeyHandler"/> put there.</summary>
public static class WindowAccess
{
    /// <summary>The window authenticated for this request; only on endpoints that require the <c>window</c> policy.</summary>
    public static Window Window(this HttpContext http) =>
        http.User.FindFirst(HubClaims.WindowId)?.Value is { } id && http.User.FindFirst(HubClaims.Node)?.Value is { } node
            ? new Window(id, DivisionCode.Parse(node), http.User.Identity?.Name ?? id)
            : throw new InvalidOperationException("The endpoint does not require the 'window' policy: RequireAuthorization(\"window\").");
}
