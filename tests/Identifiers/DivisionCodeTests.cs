using Hub.Identifiers;

namespace Hub.Tests.Identifiers;

public class DivisionCodeTests
{
    [Theory]
    [InlineData("11", "110000000000", DivisionLevel.Province)]
    [InlineData("1101", "110100000000", DivisionLevel.City)]
    [InlineData("110105", "110105000000", DivisionLevel.County)]
    [InlineData("110105001", "110105001000", DivisionLevel.Town)]
    [InlineData("110105001001", "110105001001", DivisionLevel.Village)]
    [InlineData("610925", "610925000000", DivisionLevel.County)]
    [InlineData(" 4301 ", "430100000000", DivisionLevel.City)]
    public void Parse_ShortAndFullForms_PadsToTwelveDigits(string text, string expected, DivisionLevel level)
    {
        var code = DivisionCode.Parse(text);

        Assert.Equal(expected, code.ToString());
        Assert.Equal(long.Parse(expected), code.Value);
        Assert.Equal(level, code.Level);
    }

    [Theory]
    [InlineData("110000000000", DivisionLevel.Province)]
    [InlineData("110100000000", DivisionLevel.City)]
    [InlineData("110105000000", DivisionLevel.County)]
    [InlineData("110105001000", DivisionLevel.Town)]
    [InlineData("110105001001", DivisionLevel.Village)]
    [InlineData("110105000001", DivisionLevel.Village)]
    [InlineData("110100001000", DivisionLevel.Town)]
    [InlineData("469001000000", DivisionLevel.County)]
    [InlineData("110105000", DivisionLevel.County)]
    [InlineData("110000", DivisionLevel.Province)]
    public void Level_FollowsFromTrailingZeros(string text, DivisionLevel expected) =>
        Assert.Equal(expected, DivisionCode.Parse(text).Level);

    [Theory]
    [InlineData("11", "11")]
    [InlineData("110000000000", "11")]
    [InlineData("1101", "1101")]
    [InlineData("110105", "110105")]
    [InlineData("110105000", "110105")]
    [InlineData("110105001", "110105001")]
    [InlineData("110105001001", "110105001001")]
    public void ToShortString_GivesTheDigitsOfItsLevel(string text, string expected) =>
        Assert.Equal(expected, DivisionCode.Parse(text).ToShortString());

    [Theory]
    [InlineData("110105001001", "110105001")]
    [InlineData("110105001", "110105")]
    [InlineData("110105", "1101")]
    [InlineData("1101", "11")]
    [InlineData("11", "11")]
    [InlineData("110105000001", "110105")]
    public void Parent_ZeroesTheLastNonZeroGroup(string text, string expected) =>
        Assert.Equal(DivisionCode.Parse(expected), DivisionCode.Parse(text).Parent);

    [Theory]
    [InlineData("110105001001", DivisionLevel.Province, "11")]
    [InlineData("110105001001", DivisionLevel.City, "1101")]
    [InlineData("110105001001", DivisionLevel.County, "110105")]
    [InlineData("110105001001", DivisionLevel.Town, "110105001")]
    [InlineData("110105001001", DivisionLevel.Village, "110105001001")]
    [InlineData("1101", DivisionLevel.County, "1101")]
    [InlineData("1101", DivisionLevel.Village, "1101")]
    public void AncestorAt_CutsToTheLevelOrKeepsAHigherCode(string text, DivisionLevel level, string expected) =>
        Assert.Equal(DivisionCode.Parse(expected), DivisionCode.Parse(text).AncestorAt(level));

    [Theory]
    [InlineData("110105001001", "11", true)]
    [InlineData("110105001001", "1101", true)]
    [InlineData("110105001001", "110105", true)]
    [InlineData("110105001001", "110105001", true)]
    [InlineData("110105001001", "110105001001", true)]
    [InlineData("110105", "110105", true)]
    [InlineData("110105", "12", false)]
    [InlineData("110105", "1102", false)]
    [InlineData("110105", "110106", false)]
    [InlineData("110105001001", "110105002", false)]
    [InlineData("1101", "110105", false)]
    [InlineData("11", "1101", false)]
    [InlineData("11", "110105001001", false)]
    public void IsWithin_HoldsForTheCodeItselfAndItsAncestorsOnly(string text, string ancestor, bool expected) =>
        Assert.Equal(expected, DivisionCode.Parse(text).IsWithin(DivisionCode.Parse(ancestor)));

    [Theory]
    [InlineData("110105001001", 11, 110105)]
    [InlineData("1101", 11, 110100)]
    [InlineData("6109", 61, 610900)]
    public void ProvinceAndCounty_AreTheLeadingDigits(string text, int province, int county)
    {
        var code = DivisionCode.Parse(text);

        Assert.Equal(province, code.Province);
        Assert.Equal(county, code.County);
    }

    [Theory]
    [InlineData("", "expected 2, 4, 6, 9 or 12 digits, got 0")]
    [InlineData("1", "expected 2, 4, 6, 9 or 12 digits, got 1")]
    [InlineData("110", "expected 2, 4, 6, 9 or 12 digits, got 3")]
    [InlineData("11010", "expected 2, 4, 6, 9 or 12 digits, got 5")]
    [InlineData("1101050010", "expected 2, 4, 6, 9 or 12 digits, got 10")]
    [InlineData("1101050010010", "expected 2, 4, 6, 9 or 12 digits, got 13")]
    [InlineData("11O105", "only digits")]
    [InlineData("11-105", "only digits")]
    [InlineData("１１", "only digits")]
    [InlineData("00", "province part is 00")]
    [InlineData("000105", "province part is 00")]
    [InlineData("000000000001", "province part is 00")]
    public void Parse_WithBadText_SaysWhatIsWrong(string text, string problem)
    {
        var ex = Assert.Throws<FormatException>(() => DivisionCode.Parse(text));

        Assert.Contains(problem, ex.Message);
        Assert.Contains($"'{text}'", ex.Message);
        Assert.False(DivisionCode.TryParse(text, out _, out var error));
        Assert.Equal(ex.Message, error);
    }

    [Fact]
    public void TryParse_WithNull_FailsWithAReason()
    {
        Assert.False(DivisionCode.TryParse(null, out _, out var error));
        Assert.Contains("expected 2, 4, 6, 9 or 12 digits", error);
    }

    [Theory]
    [InlineData(110105001001L)]
    [InlineData(10_000_000_000L)]
    [InlineData(999_999_999_999L)]
    public void FromValue_WithTwelveDigits_KeepsTheValue(long value) =>
        Assert.Equal(value, DivisionCode.FromValue(value).Value);

    [Theory]
    [InlineData(0L)]
    [InlineData(9_999_999_999L)]
    [InlineData(1_000_000_000_000L)]
    [InlineData(-110105001001L)]
    public void FromValue_OutsideTwelveDigitsOrWithProvince00_Throws(long value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DivisionCode.FromValue(value));

    [Fact]
    public void CompareTo_OrdersByNumericValue()
    {
        var codes = new[] { "6109", "110105001001", "11", "110105" }.Select(DivisionCode.Parse).Order().ToList();

        Assert.Equal(["110000000000", "110105000000", "110105001001", "610900000000"], codes.Select(c => c.ToString()));
    }
}
