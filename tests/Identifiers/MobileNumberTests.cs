using Hub.Cases;
using Hub.Identifiers;

namespace Hub.Tests.Identifiers;

public sealed class MobileNumberTests
{
    [Theory]
    [InlineData("13812345678")]
    [InlineData("138 1234 5678")]
    [InlineData("138-1234-5678")]
    [InlineData("+86 138 1234 5678")]
    [InlineData("+8613812345678")]
    [InlineData("008613812345678")]
    [InlineData("8613812345678")]
    public void AsPeopleWriteIt_IsKeptAsItsElevenDigits(string written)
    {
        Assert.Equal("13812345678", MobileNumber.Parse(written, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("1381234567")]
    [InlineData("138123456789")]
    [InlineData("23812345678")]
    [InlineData("12812345678")]
    [InlineData("0731-84567890")]
    [InlineData("138.1234.5678")]
    [InlineData("")]
    public void AnythingElse_IsNoMobileNumber_WithTheReason(string written)
    {
        Assert.Null(MobileNumber.Parse(written, out var problem));
        Assert.Contains("11 digits", problem);
    }

    [Fact]
    public void Masked_ShowsTheFirstThreeAndLastFour()
    {
        Assert.Equal("138****5678", MobileNumber.Mask("13812345678"));
    }

    [Fact]
    public void AnApplicantPrinted_AsALogLineOrAnExceptionWould_ShowsNeitherItsIdNorItsNumberInFull()
    {
        var applicant = new Applicant(ApplicantKind.Person, "43010219900307123X", "刘芳", "13812345678", NotifyBy.Sms);

        var printed = applicant.ToString();

        Assert.DoesNotContain("13812345678", printed);
        Assert.DoesNotContain("43010219900307123X", printed);
        Assert.Contains("138****5678", printed);
        Assert.Contains("刘芳", printed);
    }
}
