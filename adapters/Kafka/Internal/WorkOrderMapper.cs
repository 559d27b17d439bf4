using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Hub.Hotline;
using Hub.Identifiers;
using Hub.Kafka.DeadLetters;
using Hub.Messages;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Kafka.Internal;

/// <summary>
/// Reads the hotline platform's orders and return visits and the departments' replies, or says in words why one cannot
/// be applied; and writes a work order's dispatch, status change and notices.
/// </summary>
internal static partial class WorkOrderMapper
{
    /// <summary>The longest order id and text the hub takes.</summary>
    public const int MaxIdLength = 64;

    public const int MaxTextLength = 4000;

    public static bool TryDecodeOrder(ReadOnlySpan<byte> value, [NotNullWhen(true)] out HotlineOrder? order, [NotNullWhen(false)] out string? reason)
    {
        order = null;
        if (!WireDecode.TryDecode<Wire.HotlineOrder>(value, out var wire, out reason))
        {
            return false;
        }

        var problems = new List<string>();
        var id = OrderId(wire.OrderId, problems);
        if (wire.ReceivedAt <= 0)
        {
            problems.Add("received_at is not set; give the call's time in unix milliseconds");
        }

        if (!Enum.IsDefined(wire.Kind) || wire.Kind == Wire.WorkOrderKind.Unspecified)
        {
            problems.Add($"kind {(int)wire.Kind} is none of consultation (1), help (2), complaint (3), suggestion (4), report (5)");
        }

        if (string.IsNullOrWhiteSpace(wire.CallerMasked))
        {
            problems.Add("caller_masked is empty; give the caller's number masked, as 138****5678");
        }
        else if (FullNumber().IsMatch(wire.CallerMasked.Trim()))
        {
            reason = $"{DeadLetterCodes.CallerNotMasked}: caller_masked holds a full phone number; the hub takes the caller masked (138****5678) and keeps no full number";
            return false;
        }

        DivisionCode division = default;
        if (!DivisionCode.TryParse(wire.Division?.Trim(), out division, out var divisionError))
        {
            problems.Add($"division '{wire.Division}': {divisionError}");
        }

        if (string.IsNullOrWhiteSpace(wire.Category))
        {
            problems.Add("category is empty; give one of the hub's routing table (GET /ops/hotline/categories)");
        }

        if (string.IsNullOrWhiteSpace(wire.Text) || wire.Text.Length > MaxTextLength)
        {
            problems.Add($"text is {(string.IsNullOrWhiteSpace(wire.Text) ? "empty" : $"{wire.Text.Length} characters")}; give what the caller said, at most {MaxTextLength} characters");
        }

        CaseId? caseId = null;
        if (!string.IsNullOrWhiteSpace(wire.CaseId))
        {
            if (CaseId.TryParse(wire.CaseId.Trim(), out var parsed, out var caseError))
            {
                caseId = parsed;
            }
            else
            {
                problems.Add($"case_id '{wire.CaseId}': {caseError}");
            }
        }

        if (wire.AboutDelay && wire.Kind != Wire.WorkOrderKind.Complaint)
        {
            problems.Add($"about_delay is set on a {wire.Kind.ToString().ToLowerInvariant()}; it marks a complaint (3) about a case's delay");
        }

        if (problems.Count > 0)
        {
            reason = $"{DeadLetterCodes.InvalidWorkOrder}: {string.Join("; ", problems)}";
            return false;
        }

        order = new HotlineOrder(id!, DateTimeOffset.FromUnixTimeMilliseconds(wire.ReceivedAt), (WorkOrderKind)(int)wire.Kind, wire.Urgent,
            wire.CallerMasked!.Trim(), division, wire.Category!.Trim(), wire.Text!.Trim(), caseId, wire.AboutDelay);
        return true;
    }

    public static bool TryDecodeFeedback(ReadOnlySpan<byte> value, [NotNullWhen(true)] out string? orderId, [NotNullWhen(true)] out WorkOrderFeedback? feedback, [NotNullWhen(false)] out string? reason)
    {
        (orderId, feedback) = (null, null);
        if (!WireDecode.TryDecode<Wire.HotlineFeedback>(value, out var wire, out reason))
        {
            return false;
        }

        var problems = new List<string>();
        var id = OrderId(wire.OrderId, problems);
        EventAndTime(wire.EventId, wire.OccurredAt, problems);
        if (!Enum.IsDefined(wire.Satisfaction) || wire.Satisfaction == Wire.Satisfaction.Unspecified)
        {
            problems.Add($"satisfaction {(int)wire.Satisfaction} is none of satisfied (1), basically satisfied (2), dissatisfied (3)");
        }

        if (problems.Count > 0)
        {
            reason = $"{DeadLetterCodes.InvalidWorkOrder}: {string.Join("; ", problems)}";
            return false;
        }

        (orderId, feedback) = (id!, new WorkOrderFeedback(wire.EventId!.Trim(), DateTimeOffset.FromUnixTimeMilliseconds(wire.OccurredAt),
            (Satisfaction)(int)wire.Satisfaction, string.IsNullOrWhiteSpace(wire.Comment) ? null : wire.Comment.Trim()));
        return true;
    }

    public static bool TryDecodeReply(ReadOnlySpan<byte> value, string department, [NotNullWhen(true)] out string? orderId, [NotNullWhen(true)] out WorkOrderReply? reply, [NotNullWhen(false)] out string? reason)
    {
        (orderId, reply) = (null, null);
        if (!WireDecode.TryDecode<Wire.WorkOrderReply>(value, out var wire, out reason))
        {
            return false;
        }

        var problems = new List<string>();
        var id = OrderId(wire.OrderId, problems);
        EventAndTime(wire.EventId, wire.OccurredAt, problems);
        if (string.IsNullOrWhiteSpace(wire.Text) || wire.Text.Length > MaxTextLength)
        {
            problems.Add($"text is {(string.IsNullOrWhiteSpace(wire.Text) ? "empty" : $"{wire.Text.Length} characters")}; give the answer to the caller, at most {MaxTextLength} characters");
        }

        if (problems.Count > 0)
        {
            reason = $"{DeadLetterCodes.InvalidWorkOrder}: {string.Join("; ", problems)}";
            return false;
        }

        (orderId, reply) = (id!, new WorkOrderReply(wire.EventId!.Trim(), DateTimeOffset.FromUnixTimeMilliseconds(wire.OccurredAt), department, wire.Text!.Trim()));
        return true;
    }

    /// <summary>The message type and payload of <paramref name="message"/>.</summary>
    public static (string Type, byte[] Value) ToWire(WorkOrderMessage message)
    {
        var o = message.Order;
        var at = message.At.ToUnixTimeMilliseconds();
        var deadline = o.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return message.Kind switch
        {
            WorkOrderMessageKind.Dispatch => (HubMessageTypes.WorkOrderDispatch, ProtoCodec.Encode(new Wire.WorkOrderDispatch
            {
                EventId = message.EventId,
                OrderId = o.Order.OrderId,
                OccurredAt = at,
                Kind = (Wire.WorkOrderKind)(int)o.Order.Kind,
                Urgent = o.Order.Urgent,
                CallerMasked = o.Order.CallerMasked,
                Division = o.Order.Division.ToString(),
                Node = o.Node.ToString(),
                NodeName = o.NodeName,
                Category = o.Order.Category,
                CategoryName = o.CategoryName,
                Text = o.Order.Text,
                CaseId = o.Order.CaseId?.Value,
                ReceivedAt = o.Order.ReceivedAt.ToUnixTimeMilliseconds(),
                Deadline = deadline,
                Provisional = o.Provisional,
            })),
            WorkOrderMessageKind.StatusChanged => (HubMessageTypes.WorkOrderStatusChanged, ProtoCodec.Encode(new Wire.WorkOrderStatusChanged
            {
                EventId = message.EventId,
                OrderId = o.Order.OrderId,
                OccurredAt = at,
                Status = (Wire.WorkOrderStatus)(int)o.Status,
                Kind = (Wire.WorkOrderKind)(int)o.Order.Kind,
                Node = o.Node.ToString(),
                Department = o.Department,
                Category = o.Order.Category,
                Deadline = deadline,
                Satisfaction = o.Feedback is { } f ? (Wire.Satisfaction)(int)f.Satisfaction : Wire.Satisfaction.Unspecified,
                Overdue = o.Notices.Any(n => n.Kind != WorkOrderNoticeKind.Reminder),
                CaseId = o.Order.CaseId?.Value,
            })),
            _ => (HubMessageTypes.WorkOrderNotice, ProtoCodec.Encode(new Wire.WorkOrderNotice
            {
                EventId = message.EventId,
                OrderId = o.Order.OrderId,
                OccurredAt = at,
                Kind = (Wire.WorkOrderNoticeKind)(int)message.Notice!.Kind,
                Node = o.Node.ToString(),
                Department = o.Department,
                Deadline = deadline,
                Detail = message.Notice.Detail,
            })),
        };
    }

    private static string? OrderId(string? text, List<string> problems)
    {
        var id = text?.Trim();
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength || !IdPattern().IsMatch(id))
        {
            problems.Add($"order_id '{text}' is not an order id; give the platform's id, 1 to {MaxIdLength} letters, digits, '-' or '_'");
            return null;
        }

        return id;
    }

    private static void EventAndTime(string? eventId, long occurredAt, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(eventId))
        {
            problems.Add("event_id is empty; give every message an id of its own");
        }

        if (occurredAt <= 0)
        {
            problems.Add("occurred_at is not set; give its time in unix milliseconds");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex IdPattern();

    // A mainland mobile number in full, with or without +86: what caller_masked must not hold.
    [GeneratedRegex(@"^(\+?86)?1[3-9]\d{9}$")]
    private static partial Regex FullNumber();
}
