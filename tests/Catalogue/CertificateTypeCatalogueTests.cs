using Hub.Catalogue;
using Hub.Certificates;
using Hub.Hosting;
using Hub.Identifiers;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Catalogue;

public sealed class CertificateTypeCatalogueTests
{
    private const string HouseholdRegister = "11100000HUB000001J001";
    private const string PropertyCertificate = "11100000MB03271699001";

    private static readonly MatterCatalogue Matters = MatterCatalogue.LoadDefault();
    private readonly CertificateTypeCatalogue catalogue = CertificateTypeCatalogue.LoadDefault(Matters);

    [Fact]
    public void LoadDefault_HasAtLeastFifteenTypesWithUniqueCodes()
    {
        Assert.True(catalogue.All.Count >= 15, $"{catalogue.All.Count} types");
        Assert.Equal(catalogue.All.Count, catalogue.All.Select(type => type.Code).Distinct().Count());
        Assert.All(catalogue.All, type => Assert.StartsWith(type.Authority.CreditCode.Value, type.Code));
    }

    [Fact]
    public void LoadDefault_EveryDepartmentLineIssuesAType()
    {
        Assert.All(Departments.All, department => Assert.NotEmpty(catalogue.IssuedBy(department)));
        Assert.All(catalogue.All, type => Assert.Contains(type, catalogue.IssuedBy(type.Department)));
    }

    [Fact]
    public void LoadDefault_EveryMaterialLinkResolvesToAType()
    {
        var links = Matters.All
            .SelectMany(matter => matter.Materials.SelectMany(material => material.CertificateTypes.Select(code => (matter, material, code))))
            .ToList();

        Assert.True(links.Count >= 20, $"{links.Count} links");
        Assert.All(links, link =>
        {
            Assert.True(catalogue.TryGet(link.code, out _), $"{link.matter.Code} {link.material.Code}: {link.code}");
            Assert.True(catalogue.Satisfies(link.code, link.matter.Code, link.material.Code));
        });
    }

    [Fact]
    public void LoadDefault_OnlyTheAuthorityCodesFoundInSourcesAreMarkedReal()
    {
        var real = catalogue.Authorities.Where(authority => !authority.Constructed).ToList();

        Assert.Equal(["11100000000013338W", "11100000MB03271699", "111000000000131433"], real.Select(authority => authority.CreditCode.Value));
        Assert.All(real, authority => Assert.False(string.IsNullOrWhiteSpace(authority.Source)));
        Assert.All(catalogue.Authorities.Where(authority => authority.Constructed), authority => Assert.Contains("HUB", authority.CreditCode.Value));
        Assert.All(catalogue.Authorities, authority => Assert.True(CreditCode.TryParse(authority.CreditCode.Value, out _, out _)));
    }

    [Fact]
    public void TryGet_PropertyCertificate_ReturnsTheTypeAsWritten()
    {
        Assert.True(catalogue.TryGet(PropertyCertificate, out var type));

        Assert.Equal("不动产权证书", type.Name);
        Assert.Equal("natural-resources", type.Department);
        Assert.Null(type.ValidityYears);
        Assert.Equal("中华人民共和国自然资源部", type.Authority.Name);
        Assert.False(type.Authority.Constructed);
        Assert.NotNull(type.Source);
    }

    [Theory]
    [InlineData("11100000mb03271699001")]
    [InlineData("11100000MB03271699")]
    [InlineData("")]
    public void TryGet_UnknownCode_IsNotFound(string code)
    {
        Assert.False(catalogue.TryGet(code, out _));
    }

    [Fact]
    public void Satisfies_HouseholdRegisterForTheIdCardRenewal()
    {
        Assert.True(catalogue.Satisfies(HouseholdRegister, "PS-002", "household-register"));
        Assert.True(catalogue.Satisfies(PropertyCertificate, "NR-003", "property-certificate"));
        Assert.False(catalogue.Satisfies(PropertyCertificate, "PS-002", "household-register"));
        Assert.False(catalogue.Satisfies(HouseholdRegister, "PS-002", "id-card"));
        Assert.False(catalogue.Satisfies(HouseholdRegister, "XX-999", "household-register"));
    }

    [Fact]
    public void IssuedBy_Housing_ListsTheMinistryOfHousingsTypes()
    {
        var housing = catalogue.IssuedBy("housing");

        Assert.Contains(housing, type => type.Code == "11100000000013338W011");
        Assert.All(housing, type => Assert.Equal("housing", type.Department));
        Assert.Empty(catalogue.IssuedBy("customs"));
    }

    [Fact]
    public void AddHubRouting_LoadsTheCertificateTypesAtStartUp()
    {
        using var services = new ServiceCollection().AddHubRouting().BuildServiceProvider();

        Assert.True(services.GetRequiredService<CertificateTypeCatalogue>().TryGet(HouseholdRegister, out _));
    }
}
