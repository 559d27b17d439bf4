using System.Text.Json.Nodes;
using Hub.Catalogue;
using Hub.Certificates;

namespace Hub.Tests.Catalogue;

public sealed class CertificateTypeValidationTests : IDisposable
{
    private const string Household = CertificateTypesFile.Constructed + "001";

    private readonly CertificateTypesFile file = new();
    private readonly CatalogueFile matters = new();

    public void Dispose()
    {
        file.Dispose();
        matters.Dispose();
    }

    [Fact]
    public void Load_GoodSmallFile_Loads()
    {
        var catalogue = Load(file.Write());

        Assert.Equal([CertificateTypesFile.Mohurd + "001", Household], catalogue.All.Select(type => type.Code));
        Assert.Equal("中华人民共和国公安部", catalogue.All[1].Authority.Name);
        Assert.True(catalogue.All[1].Authority.Constructed);
        Assert.Equal(3, catalogue.All[0].ValidityYears);
        Assert.Null(catalogue.All[1].ValidityYears);
    }

    [Theory]
    [InlineData("name", "\"\"", "name", "is empty; give the certificate's Chinese name")]
    [InlineData("name", null, "name", "is empty")]
    [InlineData("department", "\"police\"", "department", "'police' is not a department line; use one of public-security,")]
    [InlineData("department", null, "department", "is not a department line")]
    [InlineData("validityYears", "0", "validityYears", "is 0; give a positive whole number of years, or null when the certificate does not expire")]
    [InlineData("validityYears", "-5", "validityYears", "is -5; give a positive whole number of years")]
    [InlineData("validityYears", "2.5", "validityYears", "2.5 is not a whole number of years, or null when the certificate does not expire")]
    [InlineData("validityYears", "\"10\"", "validityYears", "\"10\" is not a whole number of years")]
    [InlineData("validity", "10", "validity", "'validity' is not a known field")]
    public void Load_BadField_NamesTypeAndField(string field, string? json, string expectedField, string expectedProblem)
    {
        var path = file.WriteWith(file.Spoiled, field, json);

        var error = Assert.Throws<CatalogueException>(() => Load(path));

        Assert.Equal($"certificate type '{Household}'", error.Entry);
        Assert.Equal(expectedField, error.Field);
        Assert.StartsWith($"{Path.GetFileName(file.Path)}: certificate type '{Household}', field '{expectedField}': ", error.Message);
        Assert.Contains(expectedProblem, error.Message);
    }

    [Theory]
    [InlineData("11100000HUB000001J01", "'11100000HUB000001J01' has 20 characters; a type code has 21: the defining authority's 18-character credit code and 3 digits")]
    [InlineData("11100000HUB000001J0001", "has 22 characters; a type code has 21")]
    [InlineData("11100000HUB000001J0A1", "ends in '0A1'; the last 3 characters are digits numbering the type within its authority")]
    [InlineData("11100000HUB000001X001", "are not the defining authority's credit code: The check character of this credit code is wrong: the first 17 characters require 'J', not 'X'")]
    [InlineData("11100000hub000001j001", "write it in upper case: 11100000HUB000001J001")]
    [InlineData("111000000000131433001", "its authority 111000000000131433 is not under \"authorities\"; declare it there")]
    public void Load_BadTypeCode_NamesTheCodeAndTheFix(string code, string expectedProblem)
    {
        var path = file.WriteWith(file.Spoiled, "code", $"\"{code}\"");

        var error = Assert.Throws<CatalogueException>(() => Load(path));

        Assert.Equal($"certificate type '{code}'", error.Entry);
        Assert.Equal("code", error.Field);
        Assert.Contains(expectedProblem, error.Message);
    }

    [Fact]
    public void Load_TypeWithoutCode_IsNamedByPosition()
    {
        var error = Assert.Throws<CatalogueException>(() => Load(file.WriteWith(file.Spoiled, "code", null)));

        Assert.Equal("certificate type #2", error.Entry);
        Assert.Equal("code", error.Field);
        Assert.Contains("is empty; give the 21-character type code", error.Message);
    }

    [Fact]
    public void Load_DuplicateTypeCode_NamesTheSecondType()
    {
        var code = CertificateTypesFile.Mohurd + "001";

        var error = Assert.Throws<CatalogueException>(() => Load(file.WriteWith(file.Spoiled, "code", $"\"{code}\"")));

        Assert.Equal($"certificate type '{code}'", error.Entry);
        Assert.Equal("code", error.Field);
        Assert.Contains("another certificate type has the same code", error.Message);
    }

    [Theory]
    [InlineData("creditCode", "\"11100000HUB000001X\"", "creditCode", "the first 17 characters require 'J', not 'X'")]
    [InlineData("creditCode", "\"11100000HUB00001J\"", "creditCode", "A unified social credit code has 18 characters; this one has 17")]
    [InlineData("creditCode", "\"11100000hub000001j\"", "creditCode", "write it as 11100000HUB000001J")]
    [InlineData("name", "\" \"", "name", "is empty; give the authority's Chinese name")]
    [InlineData("constructed", null, "constructed", "is missing; write false for a code stated in a public source")]
    [InlineData("constructed", "\"no\"", "constructed", "\"no\" is not true or false")]
    public void Load_BadAuthorityField_NamesAuthorityAndField(string field, string? json, string expectedField, string expectedProblem)
    {
        var path = file.WriteWith(file.SpoiledAuthority, field, json);

        var error = Assert.Throws<CatalogueException>(() => Load(path));

        Assert.StartsWith("authority '", error.Entry);
        Assert.Equal(expectedField, error.Field);
        Assert.Contains(expectedProblem, error.Message);
    }

    [Fact]
    public void Load_RealAuthorityWithoutSource_AsksForIt()
    {
        file.SpoiledAuthority["constructed"] = false;

        var error = Assert.Throws<CatalogueException>(() => Load(file.Write()));

        Assert.Equal($"authority '{CertificateTypesFile.Constructed}'", error.Entry);
        Assert.Equal("source", error.Field);
        Assert.Contains("name where the credit code is stated, or set constructed to true", error.Message);
    }

    [Fact]
    public void Load_DuplicateAuthority_NamesTheSecond()
    {
        file.SpoiledAuthority["creditCode"] = CertificateTypesFile.Mohurd;

        var error = Assert.Throws<CatalogueException>(() => Load(file.Write()));

        Assert.Equal($"authority '{CertificateTypesFile.Mohurd}'", error.Entry);
        Assert.Equal("creditCode", error.Field);
        Assert.Contains("another authority has the same credit code", error.Message);
    }

    [Fact]
    public void Load_MaterialNamingAnUnknownType_NamesTheMatterFileMatterAndField()
    {
        matters.Spoiled["materials"]![0]!["certificateTypes"] = new JsonArray(Household, CertificateTypesFile.Mohurd + "009");

        var error = Assert.Throws<CatalogueException>(() => Load(file.Write()));

        Assert.Equal("matter 'T-002'", error.Entry);
        Assert.Equal("materials[0].certificateTypes[1]", error.Field);
        Assert.StartsWith($"{Path.GetFileName(matters.Path)}: matter 'T-002', field 'materials[0].certificateTypes[1]': ", error.Message);
        Assert.Contains($"'{CertificateTypesFile.Mohurd}009' is not a certificate type of {Path.GetFileName(file.Path)}; add the type there or correct the code", error.Message);
    }

    [Fact]
    public void Satisfies_OnlyTheLinksTheMatterFileGives()
    {
        matters.Spoiled["materials"]![0]!["certificateTypes"] = new JsonArray(Household);

        var catalogue = Load(file.Write());

        Assert.True(catalogue.Satisfies(Household, "T-002", "id-card"));
        Assert.False(catalogue.Satisfies(Household, "T-001", "id-card"));
        Assert.False(catalogue.Satisfies(CertificateTypesFile.Mohurd + "001", "T-002", "id-card"));
        Assert.False(catalogue.Satisfies(Household, "T-002", "photo"));
    }

    [Fact]
    public void Load_BrokenJson_SaysWhere()
    {
        File.WriteAllText(file.Path, "{\n  \"authorities\": [],\n  \"types\": [ { \"code\": \"x\", }\n");

        var error = Assert.Throws<CatalogueException>(() => Load(file.Path));

        Assert.StartsWith($"{Path.GetFileName(file.Path)}: is not a valid certificate type file at line 3", error.Message);
    }

    [Fact]
    public void Load_WithoutTypesList_SaysWhatTheTopLevelHolds()
    {
        File.WriteAllText(file.Path, "{\"authorities\": []}");

        var error = Assert.Throws<CatalogueException>(() => Load(file.Path));

        Assert.Contains("the top level must be an object with the lists \"authorities\" and \"types\"", error.Message);
    }

    [Fact]
    public void Load_MissingFile_SaysSo()
    {
        var error = Assert.Throws<CatalogueException>(() => Load(file.Path));

        Assert.Contains("the file is missing", error.Message);
        Assert.Contains("data/certificate-types.json", error.Message);
    }

    private CertificateTypeCatalogue Load(string path) => CertificateTypeCatalogue.Load(path, MatterCatalogue.Load(matters.Write()));
}
