using Hub.Cases;
using Microsoft.AspNetCore.Diagnostics;

namespace Hub.Api;

/// <summary>
/// Answers a case's refusal as a problem: 404 for no such case (or one the window's node is not party to: the same
/// answer, naming no node), 403 for a step only the receiving node takes, 409 for a step that does not fit its state,
/// 400 for bad input.
/// </summary>
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
            CaseRuleCodes.ReceivingNodeOnly => StatusCodes.Status403Forbidden,
            CaseRuleCodes.ResponsibleNodeOnly => StatusCodes.Status403Forbidden,
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
                    CaseRuleCodes.ReceivingNodeOnly => "Only the receiving node's windows take this step",
                    CaseRuleCodes.ResponsibleNodeOnly => "Only the responsible node's windows take this step",
                    _ => "The case cannot take this step now",
                },
                Detail = rule.Message,
                Extensions = { ["code"] = rule.Code },
            },
        });
    }
}
