namespace Hub.Calendars;

/// <summary>A public holiday of a notice: every day from <see cref="From"/> to <see cref="To"/>, both included, is a day off.</summary>
public sealed record Holiday(string Name, DateOnly From, DateOnly To)
{
    /// <summary>Every day of the holiday, in order.</summary>
    public IEnumerable<DateOnly> Days()
    {
        for (var day = From; day <= To; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
