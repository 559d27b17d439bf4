using Hub.Catalogue;
using Hub.Identifiers;
using Hub.Messages;

namespace Hub.Cases;

/// <summary>
/// The notifications a case's applicant gets, one for each change that matters to them, put in the case's outbox with
/// the status changes they follow (so written and published with them, and never for a change that was not stored):
/// accepted (受理) with the committed deadline and the query code of the progress page; a supplement asked for, naming the materials to bring; approved (or, for
/// a result to collect, ready at the window); rejected; delivered, with how (or posted, with the waybill, and later its
/// arrival as the courier reports it), and the rating invited (好差评); withdrawn.
/// Forwarding, a department's acceptance and the closing rating are the hub's business, not the applicant's. An
/// applicant who declined, or gave no mobile number, gets none.
/// </summary>
public static class ApplicantNotices
{
    /// <summary>Adds the notifications of every status change since the last call, once each.</summary>
    public static void Append(CaseState state, MatterCatalogue catalogue, QueryCodes codes)
    {
        var submission = state.Submission;
        if (submission is null || state.NotifiedThrough >= state.Sequence)
        {
            return;
        }

        var changes = state.Outbox.Select(m => m.StatusChanged).OfType<CaseStatusChanged>()
            .Where(c => c.Sequence > state.NotifiedThrough).ToArray();
        state.NotifiedThrough = state.Sequence;
        var applicant = submission.Applicant;
        if (applicant.Notify == NotifyBy.None || applicant.Phone is null)
        {
            return;
        }

        foreach (var change in changes)
        {
            foreach (var (code, more) in For(state, change, catalogue, codes))
            {
                Add(state, $"{change.Sequence}/{code}", change.OccurredAt, code, more);
            }
        }
    }

    private static IEnumerable<(string Code, NotificationParameter[] More)> For(CaseState state, CaseStatusChanged change, MatterCatalogue catalogue, QueryCodes codes)
    {
        switch (change.Status)
        {
            case CaseStatus.Received:
                yield return (NotificationCodes.Accepted, [new("deadline", Day(state.CommittedDeadline)), new("queryCode", codes.For(change.CaseId))]);
                break;
            case CaseStatus.SupplementRequested:
                yield return (NotificationCodes.SupplementRequested, [new("materials", Materials(state, catalogue))]);
                break;
            case CaseStatus.Approved:
                yield return (state.Submission!.Delivery == DeliveryMethod.Window ? NotificationCodes.ReadyAtWindow : NotificationCodes.Approved, []);
                break;
            case CaseStatus.Rejected:
                yield return (NotificationCodes.Rejected, []);
                break;
            case CaseStatus.Delivered:
                // A result handed to the post with its waybill says where to follow it; its arrival is told when the courier reports it.
                yield return state.Shipments.FindLast(x => x.Direction == ShipmentDirection.Result) is { } posted
                    ? (NotificationCodes.ResultPosted, Parcel(posted))
                    : (NotificationCodes.Delivered, [new("delivery", Delivery(state.Submission!.Delivery))]);
                yield return (NotificationCodes.RatingInvited, []);
                break;
            case CaseStatus.Withdrawn:
                yield return (NotificationCodes.Withdrawn, []);
                break;
        }
    }

    /// <summary>The result the post carried has reached the applicant (the courier delivered it or had it signed for).</summary>
    public static void ResultArrived(CaseState state, ShipmentState shipment, DateTimeOffset at) =>
        Add(state, $"{shipment.Carrier}/{shipment.Waybill}/{NotificationCodes.ResultArrived}", at, NotificationCodes.ResultArrived, Parcel(shipment));

    // One notification in the outbox, to the applicant's channel, unless they declined or gave no number; its event id
    // is the case's, then what it is for, the same on every write that could make it again.
    private static void Add(CaseState state, string what, DateTimeOffset at, string code, NotificationParameter[] more)
    {
        var s = state.Submission!;
        if (s.Applicant.Notify == NotifyBy.None || s.Applicant.Phone is not { } phone)
        {
            return;
        }

        state.Outbox.Add(new OutboxMessage(null, null, Notification: new ApplicantNotification(
            $"{s.CaseId}/notice/{what}", at, s.CaseId, s.Applicant.Notify, MobileNumber.Mask(phone), code,
            [new("caseId", s.CaseId.Value), new("matter", s.MatterName), .. more])));
    }

    private static NotificationParameter[] Parcel(ShipmentState shipment) =>
        [new("carrier", Carriers.All.GetValueOrDefault(shipment.Carrier, shipment.Carrier)), new("waybill", shipment.Waybill)];

    private static string Day(DateOnly day) => $"{day.Year}年{day.Month}月{day.Day}日";

    private static string Delivery(DeliveryMethod delivery) => delivery switch
    {
        DeliveryMethod.Window => "已在窗口领取",
        DeliveryMethod.Post => "已交邮寄",
        _ => "已电子送达",
    };

    // The materials the departments now wait for, by their names in the catalogue, in the order asked.
    private static string Materials(CaseState state, MatterCatalogue catalogue)
    {
        var names = catalogue.TryGetLatest(state.Submission!.MatterCode, out var matter)
            ? matter.Materials.ToDictionary(m => m.Code, m => m.Name, StringComparer.Ordinal)
            : [];
        var asked = state.Tasks.Where(t => t.Status == CaseTaskStatus.SupplementRequested)
            .SelectMany(t => t.RequestedMaterials).Distinct(StringComparer.Ordinal)
            .Select(code => names.GetValueOrDefault(code, code));
        return string.Join("、", asked);
    }
}
