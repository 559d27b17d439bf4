using Microsoft.AspNetCore.Diagnostics;

namespace Hub.Halls;

/// <summary>Answers an appointment's or a queue's refusal as a problem: 404, 403 for another person's booking, 409 for a step that does not fit.</summary>
public sealed class HallRuleExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not HallRuleException rule)
        {
            return false;
        }

        http.Response.StatusCode = rule.Code switch
        {
            HallRuleCodes.NotFound => StatusCodes.Status404NotFound,
            HallRuleCodes.NotTheHolder => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status409Conflict,
        };
        var details = new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails =
            {
                Status = http.Response.StatusCode,
                Title = rule.Code switch
                {
                    HallRuleCodes.NotFound => "No such booking or number",
                    HallRuleCodes.NotTheHolder => "The citizen ID is not the booking's",
                    HallRuleCodes.SlotFull => "The slot is full",
                    HallRuleCodes.AlreadyBooked => "This person already holds a booking for the matter here",
                    _ => "This step does not fit now",
                },
                Detail = rule.Message,
                Extensions = { ["code"] = rule.Code },
            },
        };
        if (rule.Code == HallRuleCodes.AlreadyBooked && rule.Subject is { } open)
        {
            details.ProblemDetails.Extensions["appointmentId"] = open;
        }

        return await problems.TryWriteAsync(details);
    }
}
