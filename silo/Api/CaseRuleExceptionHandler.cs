using Hub.Cases;
using Microsoft.AspNetCore.Diagnostics;

namespace Hub.Api;

/// <summary>Answers a case's refusal as a problem: 404 for no such case, 409 for a step that does not fit its state, 400 for bad input.</summary>
public sealed class CaseRuleExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not CaseRuleException rule)
        {
            return false;
        }

        http.Response.StatusCode = rule.Code switch
        {
            CaseRuleCodes.NotFound => StatusCodes.Status404NotFound,
            CaseRuleCodes.InvalidInput => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status409Conflict,
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails =
            {
                Status = http.Response.StatusCode,
                Title = rule.Code switch
                {
                    CaseRuleCodes.NotFound => "No such case",
                    CaseRuleCodes.InvalidInput => "The request has invalid fields",
                    _ => "The case cannot take this step now",
                },
                Detail = rule.Message,
                Extensions = { ["code"] = rule.Code },
            },
        });
    }
}
