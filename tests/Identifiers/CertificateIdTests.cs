using Hub.Identifiers;

namespace Hub.Tests.Identifiers;

public class CertificateIdTests
{
    private const string Alphanumerics = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Mohurd = "11100000000013338W";
    private const string CheckMismatch = "The check character (the last part) does not match";

    // The vectors of DESIGN §3: the first as given whole, the other two from their parts and check.
    public static readonly TheoryData<string> Vectors = new()
    {
        "1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0",
        "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U",
        "1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F",
    };

    [Fact]
    public void CheckCharacterFor_DesignVectorABCDEFG_IsR()
    {
        Assert.Equal('R', CertificateId.CheckCharacterFor("ABCDEFG"));
        Assert.True(Verifies("ABCDEFGR"));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Parse_DesignVector_VerifiesAndRoundTrips(string text)
    {
        var id = CertificateId.Parse(text);

        Assert.Equal(text, id.Value);
        Assert.Equal(text, id.ToString());
        Assert.Equal(id, CertificateId.Parse(id.ToString()));
        Assert.True(Verifies(Body(text)));
    }

    [Theory]
    [InlineData("11100000000013338W009", "11330105002500287C", "2025052201", "002", '0')]
    [InlineData("11100000000013338W011", "11430000006122244L", "20230000403", "001", 'U')]
    [InlineData("11100000000013338W032", "11220000013544541J", "2430599", "001", 'F')]
    public void Create_FromDesignVectorParts_GivesTheDesignCheck(string type, string issuer, string serial, string version, char check)
    {
        var id = CertificateId.Create(type, issuer, serial, version);

        Assert.Equal($"1.2.156.3005.2.{type}.{issuer}.{serial}.{version}.{check}", id.Value);
        Assert.Equal(check, CertificateId.CheckCharacterFor(type + issuer + serial + version));
    }

    [Fact]
    public void Parts_OfDesignVector_AreItsParts()
    {
        var id = CertificateId.Parse("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0");

        Assert.Equal("11100000000013338W009", id.TypeCode);
        Assert.Equal(CreditCode.Parse(Mohurd), id.DefiningAuthority);
        Assert.Equal(CreditCode.Parse("11330105002500287C"), id.IssuerCode);
        Assert.Equal("2025052201", id.Serial);
        Assert.Equal("002", id.Version);
        Assert.Equal('0', id.Check);
    }

    [Theory]
    [InlineData("1.2.156.3005.2.11100000000013338w009.11330105002500287c.2025052201.002.0")]
    [InlineData("  1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0 ")]
    public void Parse_WithLowerCaseOrSpaces_NormalisesToUpperCase(string text) =>
        Assert.Equal("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0", CertificateId.Parse(text).Value);

    [Theory]
    [InlineData("1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.u")]
    [InlineData("1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U")]
    public void Parse_WithLowerCaseCheck_ComputesTheCheckUpperCase(string text) =>
        Assert.Equal('U', CertificateId.Parse(text).Check);

    [Theory]
    [InlineData("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0", 0, '2', "root")]
    [InlineData("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0", 8, '6', "root")]
    [InlineData("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0", 13, '3', "root")]
    [InlineData("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0", 14, '-', "root")]
    [InlineData("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0", 20, '1', "type code's first 18 characters")]
    [InlineData("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0", 32, 'X', "type code's first 18 characters")]
    [InlineData("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0", 34, 'O', "type code ends in 3 digits")]
    [InlineData("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0", 36, 'X', "5 parts")]
    [InlineData("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0", 40, '4', "issuer code")]
    [InlineData("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0", 54, 'D', "issuer code")]
    [InlineData("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0", 60, '-', "serial may hold only")]
    [InlineData("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0", 65, '3', "check character")]
    [InlineData("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0", 67, 'O', "version is 3 digits")]
    [InlineData("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0", 71, '1', "check character")]
    [InlineData("1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U", 5, '7', "root")]
    [InlineData("1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U", 15, '2', "type code's first 18 characters")]
    [InlineData("1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U", 35, '2', "check character")]
    [InlineData("1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U", 54, 'M', "issuer code")]
    [InlineData("1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U", 56, '*', "serial may hold only")]
    [InlineData("1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U", 68, 'I', "version is 3 digits")]
    [InlineData("1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U", 72, '-', "check (the last part) is one character")]
    [InlineData("1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U", 72, 'V', "check character")]
    [InlineData("1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F", 12, 'A', "root")]
    [InlineData("1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F", 17, '0', "type code's first 18 characters")]
    [InlineData("1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F", 35, 'Z', "type code ends in 3 digits")]
    [InlineData("1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F", 39, '1', "issuer code")]
    [InlineData("1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F", 58, 'ı', "serial may hold only")]
    [InlineData("1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F", 59, 'ſ', "serial may hold only")]
    [InlineData("1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F", 58, '8', "check character")]
    [InlineData("1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F", 64, 'x', "version is 3 digits")]
    [InlineData("1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F", 68, 'E', "check character")]
    public void Parse_WithOneCharacterChanged_SaysWhichPartIsWrong(string vector, int index, char replacement, string problem)
    {
        var text = Corrupt(vector, index, replacement);

        var ex = Assert.Throws<FormatException>(() => CertificateId.Parse(text));

        Assert.Contains(problem, ex.Message);
        Assert.False(CertificateId.TryParse(text, out _, out var error));
        Assert.Equal(ex.Message, error);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Parse_WithAnyCharacterChangedToAnother_IsRefusedNamingThePartOrTheCheck(string vector)
    {
        for (var index = 0; index < vector.Length; index++)
        {
            if (vector[index] == '.')
            {
                continue;
            }

            var part = PartAt(vector, index);
            foreach (var replacement in Alphanumerics.Where(c => c != vector[index]))
            {
                var text = Corrupt(vector, index, replacement);

                Assert.False(CertificateId.TryParse(text, out _, out var error), text);

                // A change that keeps the part well formed can be caught only by the check character.
                var byCheck = error.StartsWith(CheckMismatch, StringComparison.Ordinal);
                Assert.True(KeepsPartWellFormed(vector, index, replacement) ? byCheck : !byCheck && error.Contains(part, StringComparison.Ordinal), $"{text}: '{error}'");
            }
        }
    }

    [Fact]
    public void Parse_WithCheckWrong_DoesNotRevealTheRightCheck()
    {
        var ex = Assert.Throws<FormatException>(
            () => CertificateId.Parse("1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.V"));

        Assert.Contains("does not match", ex.Message);
        Assert.DoesNotContain("'U'", ex.Message);
    }

    [Theory]
    [InlineData(null, "this one is empty")]
    [InlineData("", "this one is empty")]
    [InlineData("11100000000013338W009.11330105002500287C.2025052201.002.0", "root 1.2.156.3005.2")]
    [InlineData("1.2.156.3005.211100000000013338W009.11330105002500287C.2025052201.002.0", "root 1.2.156.3005.2")]
    [InlineData("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002", "this one has 4")]
    [InlineData("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0.0", "this one has 6")]
    [InlineData("1.2.156.3005.2.11100000000013338W09.11330105002500287C.2025052201.002.0", "type code has 21 characters")]
    [InlineData("1.2.156.3005.2.11100000000013338W0009.11330105002500287C.2025052201.002.0", "type code has 21 characters")]
    [InlineData("1.2.156.3005.2.11100000000013338W009.1133010500250028C.2025052201.002.0", "issuer code")]
    [InlineData("1.2.156.3005.2.11100000000013338W009.11330105002500287C..002.0", "serial has 1 to 64 characters; this one has 0")]
    [InlineData("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.02.0", "version is 3 digits")]
    [InlineData("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.0002.0", "version is 3 digits")]
    [InlineData("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.", "check (the last part) is one character")]
    [InlineData("1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.00", "check (the last part) is one character")]
    public void Parse_WithMalformedPart_SaysWhatItShouldBe(string? text, string problem)
    {
        Assert.False(CertificateId.TryParse(text, out _, out var error));
        Assert.Contains(problem, error);
    }

    [Fact]
    public void Create_WithLongestSerial_VerifiesAndOneLongerIsRefused()
    {
        var longest = new string('7', CertificateId.MaxSerialLength);

        var id = CertificateId.Create(Mohurd + "011", "11430000006122244L", longest, "001");

        Assert.Equal(longest, CertificateId.Parse(id.Value).Serial);
        Assert.True(Verifies(Body(id.Value)));
        var ex = Assert.Throws<ArgumentException>(() => CertificateId.Create(Mohurd + "011", "11430000006122244L", longest + "7", "001"));
        Assert.Contains("serial has 1 to 64 characters; this one has 65", ex.Message);
    }

    [Theory]
    [InlineData("11100000000013338X011", "11430000006122244L", "1", "001", "type code's first 18 characters")]
    [InlineData("11100000000013338W01A", "11430000006122244L", "1", "001", "type code ends in 3 digits")]
    [InlineData("11100000000013338W011", "11430000006122244M", "1", "001", "issuer code")]
    [InlineData("11100000000013338W011", "11430000006122244L", "A-1", "001", "serial may hold only")]
    [InlineData("11100000000013338W011", "11430000006122244L", "1", "1", "version is 3 digits")]
    public void Create_WithBadPart_SaysWhichPart(string type, string issuer, string serial, string version, string problem)
    {
        var ex = Assert.Throws<ArgumentException>(() => CertificateId.Create(type, issuer, serial, version));

        Assert.Contains(problem, ex.Message);
    }

    [Fact]
    public void Create_ForManySerials_GivesIdsThatVerifyAndThatNoOtherCheckWouldFit()
    {
        var random = new Random(36_904);
        for (var n = 0; n < 500; n++)
        {
            var serial = new string(Enumerable.Range(0, random.Next(1, 30)).Select(_ => Alphanumerics[random.Next(36)]).ToArray());
            var version = random.Next(1000).ToString("D3");

            var id = CertificateId.Create(Mohurd + "032", "11220000013544541J", serial.ToLowerInvariant(), version);

            Assert.Equal(serial, id.Serial);
            Assert.Equal(id, CertificateId.Parse(id.ToString()));
            Assert.True(Verifies(Body(id.Value)), id.Value);
            foreach (var other in Alphanumerics.Where(c => c != id.Check))
            {
                Assert.False(Verifies(Body(id.Value)[..^1] + other), $"{id.Value} also verifies with {other}");
            }
        }
    }

    [Fact]
    public void CheckCharacterFor_WithCharacterOutsideAToZAnd0To9_Throws() =>
        Assert.Throws<ArgumentException>(() => CertificateId.CheckCharacterFor("ABC-1"));

    // ISO/IEC 7064 MOD 37,36 verification, written apart from the code under test: the last S is 1.
    private static bool Verifies(string partsAndCheck)
    {
        var p = 36;
        var s = 0;
        foreach (var c in partsAndCheck)
        {
            s = (p + Alphanumerics.IndexOf(c)) % 36;
            s = s == 0 ? 36 : s;
            p = s * 2 % 37;
        }

        return s == 1;
    }

    private static string Body(string id) => string.Concat(id.Split('.').Skip(5));

    private static string Corrupt(string text, int index, char replacement) =>
        string.Concat(text.AsSpan(0, index), [replacement], text.AsSpan(index + 1));

    private static string PartAt(string id, int index) =>
        id[..index].Count(c => c == '.') switch
        {
            < 5 => "root",
            5 => "type code",
            6 => "issuer code",
            7 => "serial",
            8 => "version",
            _ => "check",
        };

    // Whether the changed character still fits its part, leaving only the check to catch it.
    private static bool KeepsPartWellFormed(string id, int index, char replacement) =>
        PartAt(id, index) switch
        {
            "type code" => index - id.IndexOf('.', 14) - 1 >= 18 && char.IsAsciiDigit(replacement),
            "serial" => true,
            "version" => char.IsAsciiDigit(replacement),
            "check" => true,
            _ => false,
        };
}
