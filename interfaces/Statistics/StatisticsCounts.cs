namespace Hub.Statistics;

/// <summary>
/// The counts statistics add up, for one node, day and department line (or all lines). Every figure shown is one of
/// these or a ratio of two. <see cref="RectificationsDue"/> and <see cref="RectifiedOnTime"/> count rectifications (整改)
/// after bad ratings on the day they are due by; <see cref="DelayComplaints"/> 12345 complaints that a case is taking too
/// long (办理拖延), at the node whose task was open, on the day of the call.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.StatisticsCounts")]
public sealed record StatisticsCounts(
    [property: Id(0)] long Received = 0,
    [property: Id(1)] long Decided = 0,
    [property: Id(2)] long OnTimeCommitted = 0,
    [property: Id(3)] long OnTimeStatutory = 0,
    [property: Id(4)] long WorkingDaysToDecide = 0,
    [property: Id(5)] long YellowCards = 0,
    [property: Id(6)] long RedCards = 0,
    [property: Id(7)] long VeryDissatisfied = 0,
    [property: Id(8)] long Dissatisfied = 0,
    [property: Id(9)] long BasicallySatisfied = 0,
    [property: Id(10)] long Satisfied = 0,
    [property: Id(11)] long VerySatisfied = 0,
    [property: Id(12)] long RectificationsDue = 0,
    [property: Id(13)] long RectifiedOnTime = 0,
    [property: Id(14)] long DelayComplaints = 0)
{
    /// <summary>Nothing counted.</summary>
    public static StatisticsCounts Zero { get; } = new();

    public bool IsZero => this == Zero;

    /// <summary>One rating of <paramref name="level"/> (1 非常不满意 … 5 非常满意).</summary>
    public static StatisticsCounts Rating(int level) => level switch
    {
        1 => new(VeryDissatisfied: 1),
        2 => new(Dissatisfied: 1),
        3 => new(BasicallySatisfied: 1),
        4 => new(Satisfied: 1),
        5 => new(VerySatisfied: 1),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "A rating is 1 to 5."),
    };

    public static StatisticsCounts operator +(StatisticsCounts a, StatisticsCounts b) => Combine(a, b, 1);

    public static StatisticsCounts operator -(StatisticsCounts a, StatisticsCounts b) => Combine(a, b, -1);

    private static StatisticsCounts Combine(StatisticsCounts a, StatisticsCounts b, int sign) => new(
        a.Received + sign * b.Received, a.Decided + sign * b.Decided,
        a.OnTimeCommitted + sign * b.OnTimeCommitted, a.OnTimeStatutory + sign * b.OnTimeStatutory,
        a.WorkingDaysToDecide + sign * b.WorkingDaysToDecide, a.YellowCards + sign * b.YellowCards, a.RedCards + sign * b.RedCards,
        a.VeryDissatisfied + sign * b.VeryDissatisfied, a.Dissatisfied + sign * b.Dissatisfied,
        a.BasicallySatisfied + sign * b.BasicallySatisfied, a.Satisfied + sign * b.Satisfied, a.VerySatisfied + sign * b.VerySatisfied,
        a.RectificationsDue + sign * b.RectificationsDue, a.RectifiedOnTime + sign * b.RectifiedOnTime,
        a.DelayComplaints + sign * b.DelayComplaints);
}
