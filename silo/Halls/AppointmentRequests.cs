namespace Hub.Halls;

/// <summary>A booking asked by a window (or an online hall, for its user): where, what, which day and slot, and for whom.</summary>
/// <param name="Node">The hall's division code.</param>
/// <param name="Matter">The matter's catalogue code.</param>
/// <param name="Date">The day, yyyy-MM-dd, a working day.</param>
/// <param name="Slot">The slot as the hall lists it, e.g. 09:00-10:00.</param>
/// <param name="Materials">The codes of the materials attached for the pre-check (网上预审).</param>
public sealed record BookAppointmentRequest(
    string? Node, string? Matter, string? Date, string? Slot, BookingApplicant? Applicant, IReadOnlyList<string?>? Materials);

/// <summary>The applicant, real-name: the citizen ID must pass its check.</summary>
public sealed record BookingApplicant(string? CitizenId, string? Name, string? Phone, string? Notify);

/// <summary>A cancellation: the citizen ID of the person who booked.</summary>
public sealed record CancelAppointmentRequest(string? CitizenId);

/// <summary>A check-in at the hall's ticket machine: the citizen ID, and the matter or the booking.</summary>
public sealed record CheckInRequest(string? CitizenId, string? Matter, string? AppointmentId);
