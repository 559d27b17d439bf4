using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using Hub.Ops;
using Hub.Windows;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Hub.Access;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;key&gt;</c>: the operator key (<c>Hub:Ops:Key</c>) gives the operator role,
/// a window's key its id, node and the window role. A missing or unknown key is challenged with a 401 problem saying what
/// to send, a key of the wrong role forbidden with a 403 problem. Without a header, a GET or HEAD with a valid
/// <see cref="OpsSession"/> cookie is the operator's: a browser's reads of the operator pages.
/// </summary>
public sealed class BearerKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions, ILoggerFactory logger, UrlEncoder encoder,
    IOptions<OpsOptions> ops, OpsSession session, IWindowDirectory windows, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    private readonly byte[]? _opsKeyHash = string.IsNullOrEmpty(ops.Value.Key) ? null : WindowKeys.Hash(ops.Value.Key);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header[7..].Trim() is not { Length: > 0 } key)
        {
            return header.Length == 0 && (HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method))
                && session.IsValid(Request.Cookies[OpsSession.Cookie])
                ? Operator()
                : AuthenticateResult.NoResult();
        }

        // Hashes have one length, so comparing them takes the same time however much of the key was right.
        if (_opsKeyHash is not null && CryptographicOperations.FixedTimeEquals(WindowKeys.Hash(key), _opsKeyHash))
        {
            return Operator();
        }

        if (await windows.FindAsync(key, Context.RequestAborted) is { } window)
        {
            return Success(
                new Claim(HubClaims.WindowId, window.Id), new Claim(HubClaims.Node, window.Node.ToString()),
                new Claim(ClaimTypes.Name, window.Name), new Claim(ClaimTypes.Role, HubClaims.WindowRole));
        }

        return AuthenticateResult.Fail("The key is neither a window's nor the operator's.");
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return RequiredRole() == HubClaims.OperatorRole
            ? Problem(StatusCodes.Status401Unauthorized, "Operator key missing or wrong", _opsKeyHash is null
                ? $"No operator key is configured: set {OpsOptions.KeyKey}, then send it as 'Authorization: Bearer <key>'."
                : $"Send the operator key ({OpsOptions.KeyKey}) as 'Authorization: Bearer <key>'.")
            : Problem(StatusCodes.Status401Unauthorized, "Window credential missing or unknown",
                "Send the window's key as 'Authorization: Bearer <key>'. In cluster mode an operator issues it with "
                + "`windows add` (a revoked window's key is refused); in embedded mode the keys are those of Hub:Windows, printed at start-up.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        RequiredRole() == HubClaims.OperatorRole
            ? Problem(StatusCodes.Status403Forbidden, "Operator endpoints need the operator key",
                $"This is a window's key; /ops endpoints take only the operator key ({OpsOptions.KeyKey}).")
            : Problem(StatusCodes.Status403Forbidden, "Window endpoints need a window's key",
                "This is the operator key; /api endpoints act as one window and take only a window's key.");

    private AuthenticateResult Operator() => Success(new Claim(ClaimTypes.Name, "operator"), new Claim(ClaimTypes.Role, HubClaims.OperatorRole));

    private AuthenticateResult Success(params Claim[] claims) =>
        AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, HubClaims.Scheme)), HubClaims.Scheme));

    private string? RequiredRole() =>
        Context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null);

    private async Task Problem(int status, string title, string detail)
    {
        Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
