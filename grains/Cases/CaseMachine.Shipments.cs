using Hub.Messages;

namespace Hub.Cases;

/// <summary>
/// Post both ways (双向寄递): the receiving window records the originals it posts to the handling node and the result it
/// posts to the applicant (the result's shipment is its handover); couriers' reports, keyed by waybill, go on the
/// shipment and the timeline. When the originals arrive, the case's department lines are told; when the result does,
/// the applicant.
/// </summary>
public static partial class CaseMachine
{
    /// <summary>Records a shipment; false when the case already holds this waybill (a resend).</summary>
    public static bool RecordShipment(CaseState state, CaseCaller caller, ShipmentDirection direction, string carrier, string waybill, DateTimeOffset now)
    {
        var s = Receiving(state, caller);
        if (state.Shipments.Exists(x => x.Carrier == carrier && x.Waybill == waybill))
        {
            return false;
        }

        var shipment = new ShipmentState { Direction = direction, Carrier = carrier, Waybill = waybill, RecordedAt = now, RecordedBy = caller.Actor };
        if (direction == ShipmentDirection.Originals)
        {
            if (s.OriginalsToPost.Count == 0)
            {
                throw new CaseRuleException(CaseRuleCodes.InvalidInput, s.Mode == HandlingMode.FullyOnline
                    ? $"Case {s.CaseId} is handled FullyOnline: its materials are checked online, and no originals are posted to the handling node."
                    : $"Matter {s.MatterCode} requires no originals: there is nothing to post to the handling node.");
            }

            if (!BeingHandled(state))
            {
                throw Refuse(state, "a shipment of originals (only while it is being handled)");
            }

            state.Shipments.Add(shipment);
            Note(state, caller.Actor, "originals-posted", $"{carrier} {waybill}", now);
            return true;
        }

        if (s.Delivery != DeliveryMethod.Post)
        {
            throw new CaseRuleException(CaseRuleCodes.InvalidInput, $"Case {s.CaseId} is delivered {s.Delivery}, not by post: record its handover instead.");
        }

        if (state.Status is not (CaseStatus.Approved or CaseStatus.Rejected))
        {
            throw Refuse(state, "a shipment of its result (only once decided, and not yet delivered)");
        }

        state.Shipments.Add(shipment);
        Move(state, CaseStatus.Delivered, caller.Actor, "delivered", $"posted {carrier} {waybill}", now);
        return true;
    }

    /// <summary>Applies a courier's report once; throws (<see cref="CaseRuleCodes.NoSuchShipment"/>) when the case holds no such waybill.</summary>
    public static EventOutcome ApplyLogistics(CaseState state, LogisticsEvent evt)
    {
        var s = Existing(state);
        var shipment = state.Shipments.Find(x => x.Carrier == evt.Carrier && x.Waybill == evt.Waybill)
            ?? throw new CaseRuleException(CaseRuleCodes.NoSuchShipment, $"Case {s.CaseId} holds no shipment with {evt.Carrier} waybill {evt.Waybill}.");
        if (!state.AppliedEvents.Add(evt.EventId))
        {
            return EventOutcome.Duplicate;
        }

        var arrivedBefore = shipment.Arrived;
        shipment.Events.Add(new ShipmentEventView(evt.OccurredAt, evt.Kind, evt.Location));
        var what = shipment.Direction == ShipmentDirection.Originals ? "originals" : "result";
        Note(state, $"courier:{evt.Carrier}", $"{what}-{Step(evt.Kind)}", evt.Location is null ? evt.Waybill : $"{evt.Waybill} {evt.Location}", evt.OccurredAt);
        if (arrivedBefore || !shipment.Arrived)
        {
            return EventOutcome.Applied;
        }

        if (shipment.Direction == ShipmentDirection.Originals)
        {
            foreach (var department in state.Tasks.Select(t => t.Department).Distinct(StringComparer.Ordinal))
            {
                state.Outbox.Add(new OutboxMessage(null, null, Shipment: new ShipmentNotice(
                    $"{s.CaseId}/originals/{evt.Carrier}/{evt.Waybill}/{department}", evt.OccurredAt, s.CaseId, department,
                    ShipmentDirection.Originals, evt.Carrier, evt.Waybill, evt.Kind)));
            }

            Note(state, Hub, "originals-arrived", $"{evt.Carrier} {evt.Waybill}", evt.OccurredAt);
        }
        else
        {
            ApplicantNotices.ResultArrived(state, shipment, evt.OccurredAt);
        }

        return EventOutcome.Applied;
    }

    /// <summary>A 12345 work order that names the case, on its timeline once (<c>hotline-complaint</c> for a complaint, <c>hotline-order</c> otherwise).</summary>
    public static EventOutcome NoteWorkOrder(CaseState state, Hotline.HotlineOrder order, string categoryName)
    {
        Existing(state);
        if (!state.AppliedEvents.Add($"hotline:{order.OrderId}"))
        {
            return EventOutcome.Duplicate;
        }

        var delay = order is { Kind: Hotline.WorkOrderKind.Complaint, AboutDelay: true };
        var action = delay ? "hotline-delay-complaint" : order.Kind == Hotline.WorkOrderKind.Complaint ? "hotline-complaint" : "hotline-order";
        Note(state, "hotline:12345", action, $"{order.OrderId} {categoryName}", order.ReceivedAt);
        if (delay)
        {
            Supervision.DelayComplaint(state, order.OrderId, order.ReceivedAt);
        }

        return EventOutcome.Applied;
    }

    /// <summary>Whether the case waits for originals still to be posted or still on their way.</summary>
    public static bool AwaitsOriginals(CaseState state) =>
        state.Submission is { OriginalsToPost.Count: > 0 }
        && BeingHandled(state)
        && !state.Shipments.Exists(x => x.Direction == ShipmentDirection.Originals && x.Arrived);

    private static string Step(ShipmentEventKind kind) => kind switch
    {
        ShipmentEventKind.PickedUp => "picked-up",
        ShipmentEventKind.InTransit => "in-transit",
        ShipmentEventKind.Delivered => "delivered",
        _ => "signed-for",
    };
}
