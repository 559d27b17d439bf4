using Hub.Certificates;
using Microsoft.AspNetCore.Diagnostics;

namespace Hub.Api;

/// <summary>Answers a certificate's refusal as a problem: 404 for no such certificate, 409 for an operation that does not fit.</summary>
public sealed class CertificateRuleExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not CertificateRuleException rule)
        {
            return false;
        }

        var notFound = rule.Code == CertificateRuleCodes.NotFound;
        http.Response.StatusCode = notFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails =
            {
                Status = http.Response.StatusCode,
                Title = notFound ? "No such certificate" : "The certificate cannot take this step now",
                Detail = rule.Message,
                Extensions = { ["code"] = rule.Code },
            },
        });
    }
}
