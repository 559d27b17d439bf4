using System.Diagnostics.CodeAnalysis;

namespace Hub.Identifiers;

/// <summary>
/// A 12-digit statistical division code: province 2, city 2, county 2 (GB/T 2260), town 3, village 3.
/// Shorter forms of 2, 4, 6 or 9 digits are padded with zeros. The level follows from the trailing zeros.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.DivisionCode")]
public readonly record struct DivisionCode : IComparable<DivisionCode>
{
    private const long Max = 999_999_999_999;

    private DivisionCode(long value) => Value = value;

    /// <summary>The code as a 12-digit number.</summary>
    [Id(0)]
    public long Value { get; init; }

    /// <summary>The level, from the last non-zero group of digits.</summary>
    public DivisionLevel Level =>
        Value % 1_000 != 0 ? DivisionLevel.Village
        : Value % 1_000_000 != 0 ? DivisionLevel.Town
        : Value % 100_000_000 != 0 ? DivisionLevel.County
        : Value % 10_000_000_000 != 0 ? DivisionLevel.City
        : DivisionLevel.Province;

    /// <summary>The enclosing division, or the code itself for a province.</summary>
    public DivisionCode Parent => Level == DivisionLevel.Province ? this : AncestorAt(Level - 1);

    /// <summary>The 2-digit province part.</summary>
    public int Province => (int)(Value / 10_000_000_000);

    /// <summary>The 6-digit county part (GB/T 2260), zeros below the level of this code.</summary>
    public int County => (int)(Value / 1_000_000);

    /// <summary>The ancestor at <paramref name="level"/>; the code itself when it is at or above that level.</summary>
    public DivisionCode AncestorAt(DivisionLevel level)
    {
        if (level >= Level)
        {
            return this;
        }

        var unit = UnitOf(level);
        return new DivisionCode(Value / unit * unit);
    }

    /// <summary>Whether this code is <paramref name="ancestor"/> or lies inside it.</summary>
    public bool IsWithin(DivisionCode ancestor) => AncestorAt(ancestor.Level) == ancestor && Level >= ancestor.Level;

    /// <summary>The code in its short form: 2, 4, 6, 9 or 12 digits by level.</summary>
    public string ToShortString() => Level switch
    {
        DivisionLevel.Province => (Value / 10_000_000_000).ToString("D2"),
        DivisionLevel.City => (Value / 100_000_000).ToString("D4"),
        DivisionLevel.County => (Value / 1_000_000).ToString("D6"),
        DivisionLevel.Town => (Value / 1_000).ToString("D9"),
        _ => ToString(),
    };

    public override string ToString() => Value.ToString("D12");

    public int CompareTo(DivisionCode other) => Value.CompareTo(other.Value);

    /// <summary>Builds a code from its 12-digit numeric value.</summary>
    public static DivisionCode FromValue(long value) =>
        value is >= 10_000_000_000 and <= Max
            ? new DivisionCode(value)
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A division code is 12 digits and its province part is not 00.");

    /// <summary>Parses a 2, 4, 6, 9 or 12-digit code; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static DivisionCode Parse(string text) =>
        TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    /// <summary>Parses a 2, 4, 6, 9 or 12-digit code; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out DivisionCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        var span = text.AsSpan().Trim();
        if (span.Length is not (2 or 4 or 6 or 9 or 12))
        {
            error = $"'{text}' is not a division code: expected 2, 4, 6, 9 or 12 digits, got {span.Length} characters.";
            return false;
        }

        long value = 0;
        foreach (var c in span)
        {
            if (c is < '0' or > '9')
            {
                error = $"'{text}' is not a division code: it may hold only digits.";
                return false;
            }

            value = value * 10 + (c - '0');
        }

        for (var i = span.Length; i < 12; i++)
        {
            value *= 10;
        }

        if (value / 10_000_000_000 == 0)
        {
            error = $"'{text}' is not a division code: the province part is 00.";
            return false;
        }

        code = new DivisionCode(value);
        error = null;
        return true;
    }

    private static long UnitOf(DivisionLevel level) => level switch
    {
        DivisionLevel.Province => 10_000_000_000,
        DivisionLevel.City => 100_000_000,
        DivisionLevel.County => 1_000_000,
        DivisionLevel.Town => 1_000,
        _ => 1,
    };
}
