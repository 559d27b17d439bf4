using Hub.Identifiers;

namespace Hub.Tests.Identifiers;

public class CitizenIdTests
{
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("110101199003074477")]
    public void Parse_WithPublishedValidExample_Succeeds(string text) =>
        Assert.Equal(text, CitizenId.Parse(text).Value);

    [Theory]
    [InlineData("43010219900101123")]
    [InlineData("61092520011122000")]
    [InlineData("11010519491231002")]
    [InlineData("31011520100228999")]
    [InlineData("44030619850615100")]
    [InlineData("65010219700101001")]
    [InlineData("51010819991231888")]
    [InlineData("32058319880808567")]
    public void Parse_WithCheckCharacterFromTheStandard_Succeeds(string first17)
    {
        var text = first17 + Gb11643Check(first17);

        Assert.Equal(text, CitizenId.Parse(text).Value);
        Assert.Equal(Gb11643Check(first17), CitizenId.CheckCharacterFor(first17));
    }

    [Fact]
    public void CheckCharacterFor_CoversAllElevenCheckCharacters()
    {
        var seen = new HashSet<char>();
        for (var sequence = 0; sequence < 1000 && seen.Count < 11; sequence++)
        {
            var first17 = $"11010519900101{sequence:D3}";
            var check = CitizenId.CheckCharacterFor(first17);
            Assert.Equal(Gb11643Check(first17), check);
            Assert.True(CitizenId.TryParse(first17 + check, out _, out _));
            seen.Add(check);
        }

        Assert.Equal("0123456789X", string.Concat(seen.Order()));
    }

    [Theory]
    [InlineData("11010519491231002x")]
    [InlineData(" 11010519491231002x ")]
    public void Parse_WithLowerCaseX_NormalisesToUpperCase(string text) =>
        Assert.Equal("11010519491231002X", CitizenId.Parse(text).Value);

    [Theory]
    [InlineData("110105194912310020", 'X')]
    [InlineData("110105194912310029", 'X')]
    [InlineData("11010519900307447X", '2')]
    [InlineData("110101199003074470", '7')]
    [InlineData("110101199003074471", '7')]
    public void Parse_WithWrongCheckCharacter_SaysWhichCharacterIsExpected(string text, char expected)
    {
        Assert.Equal(expected, Gb11643Check(text[..17]));
        var ex = Assert.Throws<FormatException>(() => CitizenId.Parse(text));

        Assert.Contains("check character", ex.Message);
        Assert.Contains($"require '{expected}', not '{text[17]}'", ex.Message);
    }

    [Fact]
    public void Parse_WithEveryOtherCheckCharacter_IsRejected()
    {
        const string first17 = "11010519491231002";
        foreach (var wrong in "0123456789X".Where(c => c != Gb11643Check(first17)))
        {
            Assert.False(CitizenId.TryParse(first17 + wrong, out _, out var error));
            Assert.Contains("require 'X'", error);
        }
    }

    [Theory]
    [InlineData("11010519490230")]
    [InlineData("11010519491301")]
    [InlineData("11010519490001")]
    [InlineData("11010519491200")]
    [InlineData("11010518991231")]
    [InlineData("11010520230229")]
    public void Parse_WithImpossibleBirthDate_SaysTheDateIsWrong(string first14)
    {
        var first17 = first14 + "002";
        var ex = Assert.Throws<FormatException>(() => CitizenId.Parse(first17 + Gb11643Check(first17)));

        Assert.Contains("birth date", ex.Message);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("11010519491231002", 17)]
    [InlineData("11010519491231002X0", 19)]
    [InlineData("110105491231002", 15)]
    public void Parse_WithWrongLength_SaysHowManyCharactersItHas(string text, int length)
    {
        var ex = Assert.Throws<FormatException>(() => CitizenId.Parse(text));

        Assert.Contains($"18 characters; this one has {length}", ex.Message);
    }

    [Theory]
    [InlineData("1101051949123100XX", 17, 'X')]
    [InlineData("A1010519491231002X", 1, 'A')]
    [InlineData("110105 9491231002X", 7, ' ')]
    [InlineData("11010519491231-02X", 15, '-')]
    public void Parse_WithNonDigit_SaysWhichPlace(string text, int place, char found)
    {
        var ex = Assert.Throws<FormatException>(() => CitizenId.Parse(text));

        Assert.Contains($"place {place} is '{found}'", ex.Message);
    }

    [Theory]
    [InlineData("000105")]
    [InlineData("000000")]
    public void Parse_WithProvince00Address_SaysTheAddressIsWrong(string address)
    {
        var first17 = address + "19491231002";
        var ex = Assert.Throws<FormatException>(() => CitizenId.Parse(first17 + Gb11643Check(first17)));

        Assert.Contains("address division code", ex.Message);
    }

    [Theory]
    [InlineData("110105194912310020")]
    [InlineData("11010519490230002X")]
    [InlineData("00010519491231002X")]
    [InlineData("1101051949123100XX")]
    [InlineData("11010519491231002X0")]
    public void TryParse_WhenRejecting_NeverEchoesTheId(string text)
    {
        Assert.False(CitizenId.TryParse(text, out _, out var error));
        Assert.DoesNotContain(text[..17], error);
        Assert.DoesNotContain(text[..14], error);
    }

    [Fact]
    public void AddressAndBirthDate_AreReadFromTheId()
    {
        var id = CitizenId.Parse("11010519491231002X");

        Assert.Equal(DivisionCode.Parse("110105"), id.Address);
        Assert.Equal(DivisionLevel.County, id.Address.Level);
        Assert.Equal(new DateOnly(1949, 12, 31), id.BirthDate);
    }

    [Fact]
    public void MaskedAndToString_ShowOnlyFirstFourAndLastFour()
    {
        var id = CitizenId.Parse("11010519491231002x");

        Assert.Equal("1101**********002X", id.Masked);
        Assert.Equal(id.Masked, id.ToString());
        Assert.Equal(id.Masked, $"{id}");
    }

    private static char Gb11643Check(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * weights[i];
        }

        return "10X98765432"[sum % 11];
    }
}
