using System.Text;
using Confluent.Kafka;
using Hub.Cases;
using Microsoft.Extensions.Logging;

namespace Hub.Kafka.Internal;

/// <summary>
/// Handles one department message, once: decodes and checks it, applies it to its case, or dead-letters it when it
/// never will apply (a payload that is not a valid event, or a <see cref="CaseRuleException"/> from the case).
/// Anything else that goes wrong (a grain call that timed out, a silo going away, a storage error, a dead letter the
/// broker did not take) it throws, for <see cref="DepartmentEventRetry"/> to try again. Safe to call for several
/// messages at once.
/// </summary>
internal sealed partial class DepartmentEventHandler(IGrainFactory grains, DeadLetterWriter deadLetters, ILogger<DepartmentEventHandler> logger)
{
    public async Task HandleAsync(ConsumeResult<byte[]?, byte[]?> result, string department, CancellationToken cancellationToken)
    {
        var type = result.Message.Headers?.TryGetLastBytes(HubHeaders.Type, out var bytes) == true ? Encoding.UTF8.GetString(bytes) : null;
        if (!DepartmentEventMapper.TryDecode(result.Message.Value, type, department, out var caseId, out var evt, out var reason))
        {
            await deadLetters.WriteAsync(result, department, reason, cancellationToken);
            return;
        }

        EventOutcome outcome;
        try
        {
            outcome = await grains.Case(caseId.Value).ApplyDepartmentEvent(evt);
        }
        catch (CaseRuleException ex)
        {
            await deadLetters.WriteAsync(result, department, $"{ex.Code}: {ex.Message}", cancellationToken);
            return;
        }

        LogApplied(logger, evt.Kind, evt.EventId, caseId.Value, outcome);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Kind} {EventId} for case {CaseId}: {Outcome}")]
    private static partial void LogApplied(ILogger logger, DepartmentEventKind kind, string eventId, string caseId, EventOutcome outcome);
}
