using Hub.Identifiers;

namespace Hub.Tests.Identifiers;

public class CreditCodeTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91440300708461136T")]
    [InlineData("91110000802100433B")]
    [InlineData("914403001922038216")]
    public void Parse_WithPublishedValidExample_Succeeds(string text) =>
        Assert.Equal(text, CreditCode.Parse(text).Value);

    [Theory]
    [InlineData("91610925MA6Y7K8E0")]
    [InlineData("12100000400000398")]
    [InlineData("11430100000013127")]
    [InlineData("52610900MJY0000UW")]
    [InlineData("93110105NPQRTUWXY")]
    [InlineData("Y1650102ABCDEFGHJ")]
    [InlineData("91440300000000000")]
    public void Parse_WithCheckCharacterFromTheStandard_Succeeds(string first17)
    {
        var text = first17 + Gb32100Check(first17);

        Assert.Equal(text, CreditCode.Parse(text).Value);
        Assert.Equal(Gb32100Check(first17), CreditCode.CheckCharacterFor(first17));
    }

    [Theory]
    [InlineData("91350100m000100y43", "91350100M000100Y43")]
    [InlineData(" 91440300708461136t ", "91440300708461136T")]
    public void Parse_WithLowerCase_NormalisesToUpperCase(string text, string expected) =>
        Assert.Equal(expected, CreditCode.Parse(text).Value);

    [Theory]
    [InlineData("91350100M000100Y44", '3')]
    [InlineData("91350100M000100Y4I", '3')]
    [InlineData("91350100m000100y4a", '3')]
    [InlineData("91440300708461136U", 'T')]
    [InlineData("914403001922038210", '6')]
    public void Parse_WithWrongCheckCharacter_SaysWhichCharacterIsExpected(string text, char expected)
    {
        Assert.Equal(expected, Gb32100Check(text[..17].ToUpperInvariant()));
        var ex = Assert.Throws<FormatException>(() => CreditCode.Parse(text));

        Assert.Contains($"require '{expected}', not '{text[17]}'", ex.Message);
    }

    [Fact]
    public void Parse_WithEveryOtherCheckCharacter_IsRejected()
    {
        const string first17 = "91350100M000100Y4";
        foreach (var wrong in Alphabet.Where(c => c != '3'))
        {
            Assert.False(CreditCode.TryParse(first17 + wrong, out _, out var error));
            Assert.Contains("require '3'", error);
        }
    }

    [Theory]
    [InlineData(9, 'I')]
    [InlineData(9, 'O')]
    [InlineData(9, 'S')]
    [InlineData(9, 'V')]
    [InlineData(9, 'Z')]
    [InlineData(9, 'i')]
    [InlineData(9, 'z')]
    [InlineData(1, 'O')]
    [InlineData(2, 'S')]
    [InlineData(17, 'V')]
    [InlineData(12, '-')]
    public void Parse_WithLetterOutsideTheAlphabet_SaysWhichPlace(int place, char letter)
    {
        var chars = "91350100M000100Y43".ToCharArray();
        chars[place - 1] = letter;
        var ex = Assert.Throws<FormatException>(() => CreditCode.Parse(new string(chars)));

        Assert.Contains($"Place {place} of the credit code is '{letter}'", ex.Message);
    }

    [Theory]
    [InlineData("91A50100M000100Y4")]
    [InlineData("9135010HM000100Y4")]
    [InlineData("91000100M000100Y4")]
    public void Parse_WithNonDivisionInPlaces3To8_SaysTheDivisionIsWrong(string first17)
    {
        var ex = Assert.Throws<FormatException>(() => CreditCode.Parse(first17 + Gb32100Check(first17)));

        Assert.Contains("Places 3 to 8", ex.Message);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("91350100M000100Y4", 17)]
    [InlineData("91350100M000100Y430", 19)]
    [InlineData("350100M000100Y43", 16)]
    public void Parse_WithWrongLength_SaysHowManyCharactersItHas(string text, int length)
    {
        var ex = Assert.Throws<FormatException>(() => CreditCode.Parse(text));

        Assert.Contains($"18 characters; this one has {length}", ex.Message);
    }

    [Fact]
    public void TryParse_WithNull_FailsWithAReason()
    {
        Assert.False(CreditCode.TryParse(null, out _, out var error));
        Assert.Contains("this one has 0", error);
    }

    [Theory]
    [InlineData("91350100M000100Y43", "350100", DivisionLevel.City)]
    [InlineData("914403001922038216", "440300", DivisionLevel.City)]
    [InlineData("91110000802100433B", "110000", DivisionLevel.Province)]
    public void Division_IsPlaces3To8(string text, string division, DivisionLevel level)
    {
        var code = CreditCode.Parse(text);

        Assert.Equal(DivisionCode.Parse(division), code.Division);
        Assert.Equal(level, code.Division.Level);
    }

    [Fact]
    public void MaskedAndToString_MaskTheMiddleButPrintTheCode()
    {
        var code = CreditCode.Parse("91350100M000100Y43");

        Assert.Equal("9135**********0Y43", code.Masked);
        Assert.Equal("91350100M000100Y43", code.ToString());
    }

    private static char Gb32100Check(string first17)
    {
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i]) * weights[i];
        }

        return Alphabet[(31 - sum % 31) % 31];
    }
}
