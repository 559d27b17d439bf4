using System.Text;
using Confluent.Kafka;
using Hub.Cases;
using Hub.Certificates;
using Hub.Hotline;
using Hub.Identifiers;
using Microsoft.Extensions.Logging;

namespace Hub.Kafka.Internal;

/// <summary>
/// Handles one department message, once: decodes and checks it, applies it to its case or its certificate, or
/// dead-letters it when it never will apply (a payload that is not a valid event, or a <see cref="CaseRuleException"/>
/// from the case, or a <see cref="CertificateRuleException"/> from the certificate, or from the case for a certificate
/// its approval issues).
/// Anything else that goes wrong (a grain call that timed out, a silo going away, a storage error, a dead letter the
/// broker did not take) it throws, for <see cref="DepartmentEventRetry"/> to try again. Safe to call for several
/// messages at once.
/// </summary>
internal sealed partial class DepartmentEventHandler(
    IGrainFactory grains, DeadLetterWriter deadLetters, DepartmentSignatures signatures, ILogger<DepartmentEventHandler> logger)
{
    public async Task HandleAsync(ConsumeResult<byte[]?, byte[]?> result, string department, CancellationToken cancellationToken)
    {
        // A line's signature is checked before anything is read from the bytes it covers.
        if (signatures.Problem(result.Message, department, out var evidence) is { } unsigned)
        {
            await deadLetters.WriteAsync(result, department, unsigned, cancellationToken);
            return;
        }

        if (department == HubTopics.LogisticsLine)
        {
            await HandleLogisticsAsync(result, cancellationToken);
            return;
        }

        var type = result.Message.Headers?.TryGetLastBytes(HubHeaders.Type, out var bytes) == true ? Encoding.UTF8.GetString(bytes) : null;
        if (department == HubTopics.HotlineLine)
        {
            await HandleHotlineAsync(result, type, cancellationToken);
            return;
        }

        if (type == HubMessageTypes.WorkOrderReply)
        {
            await HandleReplyAsync(result, department, cancellationToken);
            return;
        }

        if (!DepartmentEventMapper.TryDecodeWire(result.Message.Value, type, out var wire, out var reason))
        {
            await deadLetters.WriteAsync(result, department, reason, cancellationToken);
            return;
        }

        if (CertificateEventCheck.Carries(wire))
        {
            await HandleCertificateAsync(result, wire, department, cancellationToken);
            return;
        }

        if (!DepartmentEventMapper.TryMap(wire, department, out var caseId, out var evt, out reason))
        {
            await deadLetters.WriteAsync(result, department, reason, cancellationToken);
            return;
        }

        EventOutcome outcome;
        try
        {
            outcome = await grains.Case(caseId.Value).ApplyDepartmentEvent(evt with { Evidence = evidence });
        }
        catch (CaseRuleException ex)
        {
            await deadLetters.WriteAsync(result, department, $"{ex.Code}: {ex.Message}", cancellationToken);
            return;
        }
        catch (CertificateRuleException ex)
        {
            // A certificate an approval issues, refused before anything was applied.
            await deadLetters.WriteAsync(result, department, $"{ex.Code}: {ex.Message}", cancellationToken);
            return;
        }

        LogApplied(logger, evt.Kind, evt.EventId, caseId.Value, outcome);
    }

    // A courier's report: to the case that recorded its waybill, or a dead letter saying why not.
    private async Task HandleLogisticsAsync(ConsumeResult<byte[]?, byte[]?> result, CancellationToken cancellationToken)
    {
        if (!LogisticsEventMapper.TryDecode(result.Message.Value, out var evt, out var reason))
        {
            await deadLetters.WriteAsync(result, HubTopics.LogisticsLine, reason, cancellationToken);
            return;
        }

        if (await grains.GetGrain<IWaybillGrain>(Carriers.Key(evt.Carrier, evt.Waybill)).Find() is not { } caseId)
        {
            await deadLetters.WriteAsync(
                result, HubTopics.LogisticsLine,
                $"{Kafka.DeadLetters.DeadLetterCodes.UnknownWaybill}: no case recorded {evt.Carrier} waybill {evt.Waybill}; a window records it with POST /api/cases/{{id}}/shipments before the courier's reports can apply",
                cancellationToken);
            return;
        }

        try
        {
            await grains.Case(caseId.Value).ApplyLogisticsEvent(evt);
        }
        catch (CaseRuleException ex)
        {
            await deadLetters.WriteAsync(result, HubTopics.LogisticsLine, $"{ex.Code}: {ex.Message}", cancellationToken);
        }
    }

    // The hotline platform's order, or its return visit: to the order's grain, or a dead letter saying why not.
    private async Task HandleHotlineAsync(ConsumeResult<byte[]?, byte[]?> result, string? type, CancellationToken cancellationToken)
    {
        string? reason;
        try
        {
            switch (type)
            {
                case HubMessageTypes.HotlineOrder:
                    if (!WorkOrderMapper.TryDecodeOrder(result.Message.Value, out var order, out reason))
                    {
                        break;
                    }

                    var view = await grains.GetGrain<IWorkOrderGrain>(order.OrderId).Receive(order);
                    LogOrderRouted(logger, order.OrderId, view.Node.ToString(), view.Department);
                    return;
                case HubMessageTypes.HotlineFeedback:
                    if (!WorkOrderMapper.TryDecodeFeedback(result.Message.Value, out var orderId, out var feedback, out reason))
                    {
                        break;
                    }

                    await grains.GetGrain<IWorkOrderGrain>(orderId).ApplyFeedback(feedback);
                    return;
                default:
                    reason = $"{Kafka.DeadLetters.DeadLetterCodes.UnexpectedType}: the hub-type header is '{type}'; hotline.orders takes {HubMessageTypes.HotlineOrder} and {HubMessageTypes.HotlineFeedback}";
                    break;
            }
        }
        catch (WorkOrderRuleException ex)
        {
            reason = $"{ex.Code}: {ex.Message}";
        }

        await deadLetters.WriteAsync(result, HubTopics.HotlineLine, reason, cancellationToken);
    }

    // A department's reply to a work order it was sent.
    private async Task HandleReplyAsync(ConsumeResult<byte[]?, byte[]?> result, string department, CancellationToken cancellationToken)
    {
        string? reason;
        try
        {
            if (WorkOrderMapper.TryDecodeReply(result.Message.Value, department, out var orderId, out var reply, out reason))
            {
                await grains.GetGrain<IWorkOrderGrain>(orderId).ApplyReply(reply);
                return;
            }
        }
        catch (WorkOrderRuleException ex)
        {
            reason = $"{ex.Code}: {ex.Message}";
        }

        await deadLetters.WriteAsync(result, department, reason, cancellationToken);
    }

    private async Task HandleCertificateAsync(ConsumeResult<byte[]?, byte[]?> result, Kafka.Contracts.DepartmentEvent wire, string department, CancellationToken cancellationToken)
    {
        if (!CertificateEventMapper.TryMap(wire, department, out var evt, out var reason))
        {
            await deadLetters.WriteAsync(result, department, reason, cancellationToken);
            return;
        }

        var grain = grains.GetGrain<ICertificateGrain>(evt.Id.ToString());
        CertificateView view;
        try
        {
            view = evt.Issue is { } issue ? await grain.Issue(issue) : await grain.Apply(evt.Change!);
        }
        catch (CertificateRuleException ex)
        {
            await deadLetters.WriteAsync(result, department, $"{ex.Code}: {ex.Message}", cancellationToken);
            return;
        }

        LogCertificateApplied(logger, wire.EventId!, evt.Id, view.Status);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "12345 order {OrderId} routed to {Node} ({Department})")]
    private static partial void LogOrderRouted(ILogger logger, string orderId, string node, string department);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Certificate event {EventId} for {CertificateId}: {Status}")]
    private static partial void LogCertificateApplied(ILogger logger, string eventId, CertificateId certificateId, CertificateStatus status);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Kind} {EventId} for case {CaseId}: {Outcome}")]
    private static partial void LogApplied(ILogger logger, DepartmentEventKind kind, string eventId, string caseId, EventOutcome outcome);
}
