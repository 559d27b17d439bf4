using System.Diagnostics.CodeAnalysis;

namespace Hub.Identifiers;

/// <summary>
/// An e-certificate identifier (电子证照标识, GB/T 36904):
/// <c>1.2.156.3005.2.{type code}.{issuer code}.{serial}.{version}.{check}</c>, e.g.
/// <c>1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0</c>. The type code is the defining
/// authority's credit code and 3 digits, the issuer code the issuing body's credit code (both GB 32100), the serial
/// 1 to <see cref="MaxSerialLength"/> characters A–Z, 0–9, the version 3 digits, and the check one character per
/// ISO/IEC 7064 MOD 37,36 over the four parts between root and check. Input may be lower case; it is kept upper case.
/// It names a certificate, not its holder, so it is printed in full.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CertificateId")]
public readonly record struct CertificateId
{
    /// <summary>The object identifier every e-certificate identifier begins with.</summary>
    public const string Root = "1.2.156.3005.2";

    /// <summary>The longest serial accepted. GB/T 36904 fixes no length; 64 covers every numbering scheme seen so far.</summary>
    public const int MaxSerialLength = 64;

    private const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const int TypeStart = 15;
    private const int IssuerStart = TypeStart + 22;
    private const int SerialStart = IssuerStart + 19;

    private CertificateId(string value) => Value = value;

    /// <summary>The whole identifier, upper case.</summary>
    [Id(0)]
    public string Value { get; init; }

    /// <summary>The certificate type code (证照类型代码): 21 characters.</summary>
    public string TypeCode => Value.Substring(TypeStart, 21);

    /// <summary>The authority that defined the certificate type: the first 18 characters of <see cref="TypeCode"/>.</summary>
    public CreditCode DefiningAuthority => CreditCode.Parse(Value.Substring(TypeStart, 18));

    /// <summary>The issuing body's credit code.</summary>
    public CreditCode IssuerCode => CreditCode.Parse(Value.Substring(IssuerStart, 18));

    /// <summary>The issuer's serial number of the certificate.</summary>
    public string Serial => Value[SerialStart..^6];

    /// <summary>The 3-digit version.</summary>
    public string Version => Value[^5..^2];

    /// <summary>The check character.</summary>
    public char Check => Value[^1];

    public override string ToString() => Value;

    /// <summary>
    /// Composes an identifier from its parts and computes its check; throws <see cref="ArgumentException"/> naming the
    /// part that is wrong.
    /// </summary>
    public static CertificateId Create(string typeCode, string issuerCode, string serial, string version)
    {
        // A placeholder check lets the parts be checked as in Parse; the real one replaces it.
        if (!TryParseParts($"{Root}.{typeCode}.{issuerCode}.{serial}.{version}.0", out var upper, out var error))
        {
            throw new ArgumentException(error);
        }

        return new CertificateId(upper[..^1] + CheckCharacterFor(Body(upper)));
    }

    /// <summary>Parses and checks an identifier; throws <see cref="FormatException"/> saying which part is wrong.</summary>
    public static CertificateId Parse(string text) =>
        TryParse(text, out var id, out var error) ? id : throw new FormatException(error);

    /// <summary>Parses and checks an identifier; on failure <paramref name="error"/> says which part is wrong.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CertificateId id, [NotNullWhen(false)] out string? error)
    {
        id = default;
        if (!TryParseParts(text, out var upper, out error))
        {
            return false;
        }

        if (!Verifies(Body(upper) + upper[^1]))
        {
            error = "The check character (the last part) does not match the rest of the e-certificate identifier "
                + "(ISO/IEC 7064 MOD 37,36): a character of the type code, issuer code, serial, version or the check itself is mistyped.";
            return false;
        }

        id = new CertificateId(upper);
        return true;
    }

    /// <summary>
    /// The check character ISO/IEC 7064 MOD 37,36 requires after <paramref name="parts"/>: type code, issuer code, serial
    /// and version run together without dots. Lower-case letters count as upper case.
    /// </summary>
    public static char CheckCharacterFor(ReadOnlySpan<char> parts)
    {
        var p = 36;
        foreach (var c in parts)
        {
            var a = Digits.IndexOf(ToUpperAscii(c));
            if (a < 0)
            {
                throw new ArgumentException($"'{c}' is not a character of an e-certificate identifier (A–Z, 0–9).", nameof(parts));
            }

            p = 2 * Step(p, a) % 37;
        }

        return Digits[(37 - p) % 36];
    }

    // The verifying run of the hybrid system: over the parts with their check appended, the last S is 1.
    // Only called on upper-case text whose characters Problem has already checked.
    private static bool Verifies(string partsAndCheck)
    {
        var p = 36;
        var s = 0;
        foreach (var c in partsAndCheck)
        {
            s = Step(p, Digits.IndexOf(c));
            p = 2 * s % 37;
        }

        return s == 1;
    }

    private static int Step(int p, int a)
    {
        var s = (p + a) % 36;
        return s == 0 ? 36 : s;
    }

    // Type code, issuer code, serial and version of a checked identifier, without root, dots or check.
    private static string Body(string upper) => upper[TypeStart..^2].Replace(".", "", StringComparison.Ordinal);

    // Only a–z fold, whatever the globalization mode: with ICU, ToUpperInvariant also turns 'ſ' into 'S'.
    private static char ToUpperAscii(char c) => c is >= 'a' and <= 'z' ? (char)(c - 32) : c;

    // Checks every part but the check's value; on success upper is the trimmed text, upper case.
    private static bool TryParseParts(string? text, out string upper, [NotNullWhen(false)] out string? error)
    {
        upper = string.Create(text.AsSpan().Trim().Length, text, static (span, source) =>
        {
            var trimmed = source.AsSpan().Trim();
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = ToUpperAscii(trimmed[i]);
            }
        });
        error = Problem(upper);
        return error is null;
    }

    private static string? Problem(string text)
    {
        if (!text.StartsWith(Root + ".", StringComparison.Ordinal))
        {
            var found = text.Length == 0 ? "is empty" : $"begins '{text[..Math.Min(text.Length, Root.Length + 1)]}'";
            return $"An e-certificate identifier begins with the root {Root} and a dot (GB/T 36904); this one {found}.";
        }

        var parts = text[(Root.Length + 1)..].Split('.');
        if (parts.Length != 5)
        {
            return $"After its root an e-certificate identifier has 5 parts separated by dots (type code, issuer code, serial, version, check); this one has {parts.Length}.";
        }

        var (type, issuer, serial, version, check) = (parts[0], parts[1], parts[2], parts[3], parts[4]);
        if (type.Length != 21)
        {
            return $"The type code has 21 characters (the defining authority's 18-character credit code and 3 digits); this one has {type.Length}.";
        }

        if (!CreditCode.TryParse(type[..18], out _, out var typeAuthority))
        {
            return $"The type code's first 18 characters are the defining authority's unified social credit code, and they are not one: {typeAuthority}";
        }

        if (!type[18..].All(char.IsAsciiDigit))
        {
            return $"The type code ends in 3 digits, the type's number under its authority; this one ends in '{type[18..]}'.";
        }

        if (!CreditCode.TryParse(issuer, out _, out var issuerProblem))
        {
            return $"The issuer code is the issuing body's unified social credit code, and it is not one: {issuerProblem}";
        }

        if (serial.Length is 0 or > MaxSerialLength)
        {
            return $"The serial has 1 to {MaxSerialLength} characters; this one has {serial.Length}.";
        }

        if (serial.AsSpan().IndexOfAnyExcept(Digits) is >= 0 and var place)
        {
            return $"The serial may hold only the letters A–Z and digits 0–9; its character {place + 1} is '{serial[place]}'.";
        }

        if (version.Length != 3 || !version.All(char.IsAsciiDigit))
        {
            return $"The version is 3 digits, like 001; this one is '{version}'.";
        }

        if (check.Length != 1 || !Digits.Contains(check[0], StringComparison.Ordinal))
        {
            return $"The check (the last part) is one character, A–Z or 0–9; this one is '{check}'.";
        }

        return null;
    }
}
