using Hub.Api;
using Hub.Catalogue;
using Hub.Registry;

namespace Hub.Halls;

/// <summary>A booking as answered: where and when, for whom (masked), and the pre-check — which required materials are still missing.</summary>
public sealed record AppointmentResponse(
    string Id,
    string Status,
    NodeRef Node,
    string Matter,
    string MatterName,
    DateOnly Date,
    string Slot,
    DateTimeOffset Starts,
    string CitizenId,
    string Name,
    NodeRef BookedAt,
    DateTimeOffset BookedOn,
    DateTimeOffset? ClosedOn,
    string? QueueNumber,
    PreCheck PreCheck)
{
    public static AppointmentResponse From(AppointmentView view, NodeRegistry registry, MatterCatalogue catalogue)
    {
        var required = catalogue.TryGetLatest(view.MatterCode, out var matter) ? matter.Materials.Where(m => m.Required).ToArray() : [];
        var missing = required.Where(m => !view.Materials.Contains(m.Code, StringComparer.Ordinal)).Select(m => new MaterialRef(m.Code, m.Name)).ToArray();
        return new AppointmentResponse(
            view.Id, view.Status.ToString(), NodeRef.From(view.Node, registry), view.MatterCode, view.MatterName, view.Date, view.Slot.Text,
            HallClock.Start(view.Date, view.Slot), view.CitizenIdMasked, view.Name, NodeRef.From(view.BookedAt, registry), view.BookedOn,
            view.ClosedOn, view.QueueNumber, new PreCheck([.. view.Materials], missing, missing.Length == 0));
    }
}

/// <summary>The pre-check of a booking (网上预审): the materials attached, the required ones still missing, and whether it is complete.</summary>
public sealed record PreCheck(IReadOnlyList<string> Attached, IReadOnlyList<MaterialRef> Missing, bool Complete);

/// <summary>A material by its catalogue code and name.</summary>
public sealed record MaterialRef(string Code, string Name);

/// <summary>A free slot, offered when the one asked for is full.</summary>
public sealed record FreeSlot(DateOnly Date, string Slot, int Free);

/// <summary>One working day of a hall's slots for a matter.</summary>
public sealed record SlotDay(DateOnly Date, IReadOnlyList<SlotFigures> Slots);

/// <summary>A slot: its time, its places, how many are booked and free, and whether it can still be booked (not yet begun).</summary>
public sealed record SlotFigures(string Slot, int Capacity, int Booked, int Free, bool Open);

/// <summary>A hall's slots for a matter over the coming working days.</summary>
public sealed record SlotsResponse(NodeRef Node, string Matter, string MatterName, IReadOnlyList<SlotDay> Days);
