using Hub.Identifiers;

namespace Hub.Tests.Identifiers;

public class PersonalDataTests
{
    [Theory]
    [InlineData("43010219900101123X", "4301**********123X")]
    [InlineData("11010519491231002X", "1101**********002X")]
    [InlineData("91350100M000100Y43", "9135**********0Y43")]
    [InlineData("13800138000", "1380***8000")]
    [InlineData("123456789", "1234*6789")]
    public void Mask_KeepsFirstFourAndLastFour(string value, string expected) =>
        Assert.Equal(expected, PersonalData.Mask(value));

    [Theory]
    [InlineData("1", "*")]
    [InlineData("1234", "****")]
    [InlineData("12345678", "********")]
    public void Mask_WithEightCharactersOrFewer_MasksThemAll(string value, string expected) =>
        Assert.Equal(expected, PersonalData.Mask(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Mask_WithNothing_GivesEmpty(string? value) =>
        Assert.Equal(string.Empty, PersonalData.Mask(value));

    [Fact]
    public void Mask_KeepsTheLengthAndLeavesTheInputUnchanged()
    {
        var value = new string("43010219900101123X");

        var masked = PersonalData.Mask(value);

        Assert.Equal(value.Length, masked.Length);
        Assert.Equal("43010219900101123X", value);
        Assert.DoesNotContain("02199001011", masked);
    }
}
