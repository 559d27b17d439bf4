namespace Hub.Api;

/// <summary>
/// The day <see cref="WorkingDays"/> working days after <see cref="From"/> run out (counted from the day after it);
/// <see cref="Provisional"/> when a day counted lies in a year with no notice loaded, listed in <see cref="YearsWithoutNotice"/>.
/// </summary>
public sealed record WorkingDateResponse(DateOnly Date, bool Provisional, DateOnly From, int WorkingDays, IReadOnlyList<int> YearsWithoutNotice);
