namespace Hub.Cases;

/// <summary>Where a case stands for <see cref="CaseTally"/>: its status (null before it is submitted) and its open cards.</summary>
public sealed record CaseStanding(CaseStatus? Status, IReadOnlyList<CardKey> OpenCards)
{
    /// <summary>Nothing submitted.</summary>
    public static CaseStanding None { get; } = new(null, []);

    public static CaseStanding Of(CaseState state) => state.Submission is null ? None : new(
        state.Status,
        [.. state.Cards.Where(c => c.ClearedAt is null).Select(c => new CardKey(c.Node.Province, c.Department, c.Colour))
            .OrderBy(c => c.Province).ThenBy(c => c.Department, StringComparer.Ordinal).ThenBy(c => c.Colour, StringComparer.Ordinal)]);
}
