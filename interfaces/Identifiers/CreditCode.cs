using System.Diagnostics.CodeAnalysis;

namespace Hub.Identifiers;

/// <summary>
/// A unified social credit code (GB 32100): 18 characters over <c>0123456789ABCDEFGHJKLMNPQRTUWXY</c>;
/// positions 3–8 are the registering division, the last is a check character.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CreditCode")]
public readonly record struct CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private CreditCode(string value) => Value = value;

    /// <summary>The 18 upper-case characters.</summary>
    [Id(0)]
    public string Value { get; init; }

    /// <summary>The registering division (positions 3–8).</summary>
    public DivisionCode Division => DivisionCode.Parse(Value.Substring(2, 6));

    /// <summary>The masked form for logs and readers.</summary>
    public string Masked => PersonalData.Mask(Value);

    public override string ToString() => Value;

    /// <summary>Parses and checks a code; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static CreditCode Parse(string text) =>
        TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    /// <summary>Parses and checks a code; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CreditCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        var span = text.AsSpan().Trim();
        if (span.Length != 18)
        {
            error = $"A unified social credit code has 18 characters; this one has {span.Length}.";
            return false;
        }

        Span<char> upper = stackalloc char[18];
        span.ToUpperInvariant(upper);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var index = Alphabet.IndexOf(upper[i]);
            if (index < 0)
            {
                error = $"Place {i + 1} of the credit code is '{span[i]}', which GB 32100 does not use (no I, O, S, V or Z).";
                return false;
            }

            sum += index * Weights[i];
        }

        if (!DivisionCode.TryParse(upper.Slice(2, 6).ToString(), out _, out _))
        {
            error = "Places 3 to 8 of a credit code are the registering division code; these are not one.";
            return false;
        }

        var expected = Alphabet[(31 - sum % 31) % 31];
        if (upper[17] != expected)
        {
            error = $"The check character of this credit code is wrong: the first 17 characters require '{expected}', not '{span[17]}'.";
            return false;
        }

        code = new CreditCode(upper.ToString());
        error = null;
        return true;
    }

    /// <summary>The check character GB 32100 requires after the given 17 characters.</summary>
    public static char CheckCharacterFor(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i]) * Weights[i];
        }

        return Alphabet[(31 - sum % 31) % 31];
    }
}
