using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Hub.Api;

/// <summary>Answers a body that is not valid JSON for the endpoint with a problem saying where it broke.</summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var detail = bad.InnerException is JsonException json
            ? $"body: not valid JSON for this call at {json.Path ?? "$"} (line {json.LineNumber + 1}, byte {json.BytePositionInLine}): fix the JSON and send it again."
            : $"{bad.Message} Send a JSON body as described in /openapi/v1.json.";
        http.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = { Status = bad.StatusCode, Title = "The request body cannot be read", Detail = detail },
        });
    }
}
