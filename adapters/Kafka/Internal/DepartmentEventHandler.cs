using System.Text;
using Confluent.Kafka;
using Hub.Cases;
using Microsoft.Extensions.Logging;

namespace Hub.Kafka.Internal;

/// <summary>
/// Handles one department message to the end: decodes and checks it, applies it to its case, or dead-letters it.
/// Returns only when the message is done with, so the caller may then store its offset; transient failures
/// (timeouts, silos going away) are retried with back-off until then. Safe to call for several messages at once.
/// </summary>
internal sealed partial class DepartmentEventHandler(IGrainFactory grains, DeadLetterWriter deadLetters, ILogger<DepartmentEventHandler> logger)
{
    // A case's calls fail while the silo that held it is dying and until the cluster declares it dead (seconds; see
    // Hub:Membership); the next call then activates the case on a living silo. Retrying at least this often keeps
    // the case, and the commits of its partition, from waiting half a minute more after the cluster has recovered.
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(2);

    public async Task HandleAsync(ConsumeResult<byte[]?, byte[]?> result, string department, CancellationToken cancellationToken)
    {
        var type = result.Message.Headers?.TryGetLastBytes(HubHeaders.Type, out var bytes) == true ? Encoding.UTF8.GetString(bytes) : null;
        if (!DepartmentEventMapper.TryDecode(result.Message.Value, type, department, out var caseId, out var evt, out var reason))
        {
            await deadLetters.WriteAsync(result, department, reason, cancellationToken);
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var outcome = await grains.Case(caseId.Value).ApplyDepartmentEvent(evt);
                LogApplied(logger, evt.Kind, evt.EventId, caseId.Value, outcome);
                return;
            }
            catch (CaseRuleException ex)
            {
                await deadLetters.WriteAsync(result, department, $"{ex.Code}: {ex.Message}", cancellationToken);
                return;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogRetry(logger, ex, evt.EventId, caseId.Value, attempt);
                await Task.Delay(Backoff.Delay(attempt, MaxRetryDelay), cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Kind} {EventId} for case {CaseId}: {Outcome}")]
    private static partial void LogApplied(ILogger logger, DepartmentEventKind kind, string eventId, string caseId, EventOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not apply event {EventId} to case {CaseId} (attempt {Attempt}); retrying")]
    private static partial void LogRetry(ILogger logger, Exception exception, string eventId, string caseId, int attempt);
}
