using Hub.Identifiers;
using Hub.LoadTests.Regions;

namespace Hub.Tests.LoadTests;

/// <summary>The benchmark's made-up applicants must pass the hub's identifier checks, or every submission would be refused.</summary>
public sealed class ApplicantsTests
{
    [Theory]
    [InlineData("430102")]
    [InlineData("610925")]
    [InlineData("150626")]
    public void MadeUpIdentifiers_PassTheHubsChecks_AndCarryTheirCounty(string county)
    {
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            Assert.True(CitizenId.TryParse(Applicants.CitizenId(county, random), out var person, out var personError), personError);
            Assert.Equal(county, person.Address.ToString()[..6]);
            Assert.True(CreditCode.TryParse(Applicants.CreditCode(county, random), out var company, out var companyError), companyError);
            Assert.Equal(county, company.Division.ToString()[..6]);
        }
    }
}
