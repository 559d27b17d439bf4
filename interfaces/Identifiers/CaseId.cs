using System.Diagnostics.CodeAnalysis;

namespace Hub.Identifiers;

/// <summary>
/// A case id (办件编号): <c>{receiving county, 6 digits}-{date yyyyMMdd}-{12 base-32 characters}</c>,
/// e.g. <c>610925-20261122-0F4T8M0005K1</c>. The last part packs the millisecond of the day (27 bits),
/// in China Standard Time, the generating process (20 bits) and a sequence (13 bits) in Crockford base 32, so ids are unique
/// without coordination between silos and sort by time within a day.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CaseId")]
public readonly record struct CaseId : IComparable<CaseId>
{
    /// <summary>Crockford's base-32 digits, in ascending character order so that text order is numeric order.</summary>
    public const string Base32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>The length of every case id.</summary>
    public const int Length = 28;

    private CaseId(string value) => Value = value;

    [Id(0)]
    public string Value { get; init; }

    /// <summary>The receiving county (or city or province, for a window above county level).</summary>
    public DivisionCode County => DivisionCode.Parse(Value[..6]);

    /// <summary>The day the case was received.</summary>
    public DateOnly Date => DateOnly.ParseExact(Value.AsSpan(7, 8), "yyyyMMdd");

    /// <summary>The millisecond of <see cref="Date"/> at which the id was made (China Standard Time).</summary>
    public long MillisecondOfDay => (long)(Suffix >> 33);

    private ulong Suffix
    {
        get
        {
            ulong n = 0;
            foreach (var c in Value.AsSpan(16))
            {
                n = n << 5 | (uint)Base32.IndexOf(c);
            }

            return n;
        }
    }

    /// <summary>Orders by date, then by time within the day, then by generator and sequence, then by county.</summary>
    public int CompareTo(CaseId other)
    {
        var byTime = string.CompareOrdinal(Value?[7..], other.Value?[7..]);

        // Ids differing only in county must not compare equal, or sorted sets and dictionaries drop one.
        return byTime != 0 ? byTime : string.CompareOrdinal(Value, other.Value);
    }

    public override string ToString() => Value;

    /// <summary>
    /// Composes an id from its parts; <paramref name="county"/> is the receiving node, of which the id keeps the
    /// 6-digit GB/T 2260 part (its county, or the city or province itself for a window above county level);
    /// <paramref name="suffix"/> uses its low 60 bits.
    /// </summary>
    public static CaseId Create(DivisionCode county, DateOnly date, ulong suffix)
    {
        Span<char> chars = stackalloc char[Length];
        county.AncestorAt(DivisionLevel.County).County.TryFormat(chars, out _, "D6");
        chars[6] = '-';
        date.TryFormat(chars[7..], out _, "yyyyMMdd");
        chars[15] = '-';
        for (var i = Length - 1; i >= 16; i--)
        {
            chars[i] = Base32[(int)(suffix & 31)];
            suffix >>= 5;
        }

        return new CaseId(chars.ToString());
    }

    /// <summary>Parses a case id; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static CaseId Parse(string text) =>
        TryParse(text, out var id, out var error) ? id : throw new FormatException(error);

    /// <summary>Parses a case id; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CaseId id, [NotNullWhen(false)] out string? error)
    {
        id = default;
        var span = text.AsSpan().Trim();
        if (span.Length != Length || span[6] != '-' || span[15] != '-')
        {
            error = $"'{text}' is not a case id: expected {Length} characters like 610925-20261122-0F4T8M0005K1.";
            return false;
        }

        if (!DivisionCode.TryParse(span[..6].ToString(), out _, out _))
        {
            error = $"'{text}' is not a case id: it must begin with the 6-digit code (GB/T 2260) of the receiving county.";
            return false;
        }

        if (!DateOnly.TryParseExact(span.Slice(7, 8), "yyyyMMdd", out _))
        {
            error = $"'{text}' is not a case id: characters 8 to 15 must be a date (yyyyMMdd).";
            return false;
        }

        foreach (var c in span[16..])
        {
            if (Base32.IndexOf(char.ToUpperInvariant(c)) < 0)
            {
                error = $"'{text}' is not a case id: its last 12 characters are Crockford base-32 (0-9, A-Z without I, L, O, U).";
                return false;
            }
        }

        id = new CaseId(span.ToString().ToUpperInvariant());
        error = null;
        return true;
    }
}
