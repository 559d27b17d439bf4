using Hub.Api;
using Hub.Cases;
using Hub.Catalogue;
using Hub.Identifiers;
using Hub.Registry;

namespace Hub.Progress;

/// <summary>
/// The public progress page (办件进度查询): <c>/progress</c>, a plain page in Chinese, and
/// <c>GET /api/progress/{id}?code=…</c>, the JSON it reads. No credential: the case id and the query code on the
/// receipt are the key. A wrong id or code is the same 404 (so neither tells the other), and an address that gives
/// too many is refused for a while (<see cref="ProgressGuard"/>).
/// </summary>
public static class ProgressEndpoints
{
    private const string PageResource = "Hub.Progress.progress.html";

    public static IServiceCollection AddProgressPage(this IServiceCollection services)
    {
        services.AddSingleton<ProgressGuard>();
        return services;
    }

    public static IEndpointRouteBuilder MapProgress(this IEndpointRouteBuilder app)
    {
        var page = ReadPage();
        app.MapGet("/progress", () => Results.Content(page, "text/html; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/api/progress/{id}", Query).AllowAnonymous().WithTags("Progress")
            .WithSummary("A case's status, steps and deadlines for anyone holding its id and query code; nothing personal.")
            .Produces<ProgressResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<IResult> Query(
        string id, string? code, HttpContext http, IGrainFactory grains, QueryCodes codes, ProgressGuard guard, NodeRegistry registry, MatterCatalogue catalogue)
    {
        var address = http.Connection.RemoteIpAddress ?? System.Net.IPAddress.None;
        if (guard.Refused(address) is { } wait)
        {
            var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many wrong queries",
                detail: $"This address gave {ProgressGuard.Allowed} wrong case ids or query codes within {ProgressGuard.Window.TotalMinutes:0} minutes: try again in {minutes} minute(s), with the id and code on the receipt.");
        }

        if (!CaseId.TryParse(id, out var caseId, out var error))
        {
            return InputErrors.Single("id", $"{error} The case id is on the receipt, e.g. 610925-20261122-0F4T8M0005K1.");
        }

        if (string.IsNullOrWhiteSpace(code) || code.Trim() is not { Length: 8 } digits || !digits.All(char.IsAsciiDigit))
        {
            return InputErrors.Single("code", "Required: the 8-digit query code (查询码) printed on the receipt beside the case id.");
        }

        var progress = await grains.Case(caseId.Value).GetProgress();
        if (progress is null || !codes.Matches(caseId, digits))
        {
            guard.Missed(address);
            return Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No such case",
                detail: "No case has this id and query code. Check both against the receipt.");
        }

        return Results.Ok(ProgressResponse.From(progress, registry, catalogue));
    }

    private static string ReadPage()
    {
        using var stream = typeof(ProgressEndpoints).Assembly.GetManifestResourceStream(PageResource)
            ?? throw new InvalidOperationException($"The embedded resource {PageResource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
