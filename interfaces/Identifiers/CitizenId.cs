using System.Diagnostics.CodeAnalysis;

namespace Hub.Identifiers;

/// <summary>
/// A citizen identity number (GB 11643): 6-digit address, 8-digit birth date, 3-digit sequence and a check character.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CitizenId")]
public readonly record struct CitizenId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private CitizenId(string value) => Value = value;

    /// <summary>The 18 characters, with an upper-case X where the check character is ten.</summary>
    [Id(0)]
    public string Value { get; init; }

    /// <summary>The division code of the registered address (6 digits, county level).</summary>
    public DivisionCode Address => DivisionCode.Parse(Value[..6]);

    /// <summary>The birth date.</summary>
    public DateOnly BirthDate => DateOnly.ParseExact(Value.AsSpan(6, 8), "yyyyMMdd");

    /// <summary>The masked form for logs and readers: <c>4301**********123X</c>.</summary>
    public string Masked => PersonalData.Mask(Value);

    public override string ToString() => Masked;

    /// <summary>Parses and checks an ID; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static CitizenId Parse(string text) =>
        TryParse(text, out var id, out var error) ? id : throw new FormatException(error);

    /// <summary>Parses and checks an ID; on failure <paramref name="error"/> says what is wrong (never echoing the full ID).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CitizenId id, [NotNullWhen(false)] out string? error)
    {
        id = default;
        var span = text.AsSpan().Trim();
        if (span.Length != 18)
        {
            error = $"A citizen ID has 18 characters; this one has {span.Length}.";
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (span[i] is < '0' or > '9')
            {
                error = $"A citizen ID has digits in its first 17 places; place {i + 1} is '{span[i]}'.";
                return false;
            }

            sum += (span[i] - '0') * Weights[i];
        }

        if (span[..2] is "00" || !DivisionCode.TryParse(span[..6].ToString(), out _, out _))
        {
            error = "The first 6 digits of a citizen ID are the address division code; these are not one.";
            return false;
        }

        if (!DateOnly.TryParseExact(span.Slice(6, 8), "yyyyMMdd", out var birth) || birth.Year < 1900)
        {
            error = "Digits 7 to 14 of a citizen ID are the birth date (yyyyMMdd); these are not a real date.";
            return false;
        }

        var expected = CheckCharacters[sum % 11];
        var actual = char.ToUpperInvariant(span[17]);
        if (actual != expected)
        {
            error = $"The check character of this citizen ID is wrong: the first 17 digits require '{expected}', not '{span[17]}'.";
            return false;
        }

        id = new CitizenId(string.Concat(span[..17], [actual]));
        error = null;
        return true;
    }

    /// <summary>The check character GB 11643 requires after the given 17 digits.</summary>
    public static char CheckCharacterFor(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}
