namespace Hub.Messages;

/// <summary>
/// What a case's statistics are made of, as they stand after a status change: computed by the case, where its
/// deadlines live. The decision fields are null until the case is decided (approved or rejected), the rating
/// fields until it is rated.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CaseFigures")]
public sealed record CaseFigures(
    [property: Id(0)] IReadOnlyList<string> Departments,
    [property: Id(1)] DateOnly ReceivedOn,
    [property: Id(2)] DateOnly CommittedDeadline,
    [property: Id(3)] DateOnly StatutoryDeadline,
    [property: Id(4)] DateOnly? DecidedOn,
    [property: Id(5)] bool? OnTimeCommitted,
    [property: Id(6)] bool? OnTimeStatutory,
    [property: Id(7)] int? WorkingDaysToDecide,
    [property: Id(8)] int? Rating,
    [property: Id(9)] DateOnly? RatedOn)
{
    /// <summary>
    /// Whether a case with these figures counts for what it counts for with <paramref name="other"/>'s: the same lines,
    /// received day, decision (day, on time against each deadline, working days) and rating (level, day). The deadlines
    /// themselves count for nothing but through whether the decision kept them.
    /// </summary>
    public bool CountsAs(CaseFigures other) =>
        ReceivedOn == other.ReceivedOn && DecidedOn == other.DecidedOn && OnTimeCommitted == other.OnTimeCommitted
        && OnTimeStatutory == other.OnTimeStatutory && WorkingDaysToDecide == other.WorkingDaysToDecide
        && Rating == other.Rating && RatedOn == other.RatedOn && Departments.SequenceEqual(other.Departments, StringComparer.Ordinal);
}
