namespace Hub.Calendars;

/// <summary>
/// The day a number of working days runs out; <see cref="Provisional"/> when a day counted lies in a year whose holiday
/// notice is not loaded, so that only weekends were skipped there and the date may move when the notice comes.
/// </summary>
public sealed record WorkingDate(DateOnly Date, bool Provisional);
