using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using Orleans.Storage;

namespace Hub.Api;

/// <summary>
/// Answers a failure of the cluster rather than of the request — a silo just lost and not yet declared dead, a call
/// timed out, the database unreachable, two activations of one case for a moment after a failover — as 503 with
/// Retry-After, so that a window retries instead of reporting a broken hub. A refused call changed nothing; a call that
/// timed out may still have taken effect, and the answer says so.
/// </summary>
public sealed partial class UnavailableExceptionHandler(IProblemDetailsService problems, ILogger<UnavailableExceptionHandler> logger) : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (SiloUnavailableException or OrleansMessageRejectionException or TimeoutException
            or InconsistentStateException or DbException))
        {
            return false;
        }

        LogUnavailable(logger, exception, http.Request.Method, http.Request.Path);
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The hub is recovering; try again shortly",
                Detail = Database.ConnectionRefusal.Explain(exception) is { } refusal
                    ? $"The hub's database refused the connection this call needed: {refusal} Nothing was changed by this call; send it again in {RetryAfterSeconds} seconds."
                    : exception is TimeoutException
                    ? $"The cluster did not answer this call in time ({exception.GetType().Name}), most likely because a silo was just lost and its work is moving to the others. The call may still have taken effect. Send it again in {RetryAfterSeconds} seconds: every case command is safe to resend, and a submission is too when it carries the same Idempotency-Key header as before (send one with every submission)."
                    : $"The cluster could not complete this call ({exception.GetType().Name}), most likely because a silo was just lost and its work is moving to the others. Nothing was changed by this call; send it again in {RetryAfterSeconds} seconds.",
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} answered 503: the cluster could not complete it")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string method, string path);
}
