namespace Hub.Calendars;

/// <summary>A Saturday or Sunday that is a working day (调休), making up for the holiday named <see cref="For"/>.</summary>
public sealed record MakeUpDay(DateOnly Date, string For);
