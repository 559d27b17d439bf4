using System.Text.Json.Nodes;
using Hub.Catalogue;

namespace Hub.Tests.Catalogue;

public sealed class CatalogueValidationTests : IDisposable
{
    private readonly CatalogueFile file = new();

    public void Dispose() => file.Dispose();

    [Fact]
    public void Load_GoodSmallCatalogue_Loads()
    {
        var catalogue = MatterCatalogue.Load(file.Write());

        Assert.Equal(["T-001", "T-002"], catalogue.All.Select(matter => matter.Code));
    }

    [Theory]
    [InlineData("department", "\"police\"", "department", "'police' is not a department line; use one of public-security,")]
    [InlineData("department", null, "department", "is not a department line")]
    [InlineData("committedDays", "20", "committedDays", "is 20; it must be at least 1 and less than statutoryDays (20)")]
    [InlineData("committedDays", "\"ten\"", "committedDays", "\"ten\" is not a whole number of working days")]
    [InlineData("statutoryDays", null, "statutoryDays", "is missing")]
    [InlineData("name", "\"\"", "name", "is empty")]
    [InlineData("competentLevel", "\"Township\"", "competentLevel", "\"Township\" is not a level: Province, City, County, Town or Village")]
    [InlineData("competentLevel", "\"County, Town\"", "competentLevel", "it must be a level")]
    [InlineData("receivableAt", "[\"County\", \"Hamlet\"]", "receivableAt[1]", "\"Hamlet\" is not a level")]
    [InlineData("receivableAt", "[\"County\", \"County\"]", "receivableAt[1]", "County is listed twice")]
    [InlineData("modes", "[]", "modes", "is missing or empty")]
    [InlineData("modes", "[\"Online\"]", "modes[0]", "\"Online\" is not a handling mode")]
    [InlineData("scope", "\"Alliance\"", "alliance", "is missing; an Alliance-scoped matter names one of the catalogue's alliances")]
    [InlineData("fee", "-1", "fee", "is -1; a fee is 0 or more yuan")]
    [InlineData("alliance", "\"呼包鄂乌\"", "alliance", "but scope is National; remove it or set scope to Alliance")]
    [InlineData("jointTasks", "[{\"department\": \"public-security\", \"at\": \"Former\", \"stage\": 1, \"name\": \"转出\"}, {\"department\": \"public-security\", \"at\": \"Home\", \"stage\": 2, \"name\": \"转入\"}]", "jointTasks", "modes lacks JointHandling")]
    [InlineData("modes", "[\"ProxyReceipt\", \"JointHandling\"]", "jointTasks", "are missing, but modes lists JointHandling")]
    [InlineData("stages", "[[\"tax\"]]", "stages", "do not include the lead department 'public-security'")]
    [InlineData("stages", "[[\"public-security\"], [\"tax\", \"public-security\"]]", "stages[1][1]", "has a task in an earlier stage already")]
    [InlineData("materials", null, "materials", "is missing; list the materials, or write [] when the matter asks for none")]
    [InlineData("materials", "[{\"code\": \"id-card\", \"name\": \"\", \"required\": true}]", "materials[0].name", "is empty")]
    [InlineData("materials", "[{\"code\": \"id-card\", \"name\": \"居民身份证\"}]", "materials[0].required", "is missing; write true or false")]
    [InlineData("materials", "[{\"code\": \"id-card\", \"name\": \"居民身份证\", \"required\": \"yes\"}]", "materials[0].required", "\"yes\" is not true or false")]
    [InlineData("materials", "[{\"code\": \"id-card\", \"name\": \"居民身份证\", \"required\": true, \"certificateTypes\": [\" \"]}]", "materials[0].certificateTypes[0]", "is empty; give a type code of data/certificate-types.json")]
    [InlineData("materials", "[{\"code\": \"id-card\", \"name\": \"居民身份证\", \"required\": true, \"certificateTypes\": [\"11100000HUB000001J001\", \"11100000HUB000001J001\"]}]", "materials[0].certificateTypes[1]", "'11100000HUB000001J001' is listed twice")]
    [InlineData("materials", "[{\"code\": \"id-card\", \"name\": \"居民身份证\", \"required\": true, \"certificateTypes\": \"11100000HUB000001J001\"}]", "materials[0].certificateTypes", "\"11100000HUB000001J001\" is not a list of certificate type codes")]
    [InlineData("comittedDays", "10", "comittedDays", "'comittedDays' is not a known field")]
    public void Load_BadField_NamesEntryAndField(string field, string? json, string expectedField, string expectedProblem)
    {
        var path = file.WriteWith(field, json);

        var error = Assert.Throws<CatalogueException>(() => MatterCatalogue.Load(path));

        Assert.Equal("matter 'T-002'", error.Entry);
        Assert.Equal(expectedField, error.Field);
        Assert.Contains($"matter 'T-002', field '{expectedField}': ", error.Message);
        Assert.Contains(expectedProblem, error.Message);
    }

    [Fact]
    public void Load_AllianceMatterWithUnknownAlliance_NamesTheField()
    {
        file.Spoiled["scope"] = "Alliance";
        file.Spoiled["alliance"] = "京津冀";

        var error = Assert.Throws<CatalogueException>(() => MatterCatalogue.Load(file.Write()));

        Assert.Equal("alliance", error.Field);
        Assert.Contains("'京津冀' is not an alliance of the catalogue; declare it under \"alliances\" or use one of: 呼包鄂乌", error.Message);
    }

    [Fact]
    public void Load_CountyScopeDecidedAtCityLevel_IsRefused()
    {
        file.Spoiled["scope"] = "County";
        file.Spoiled["competentLevel"] = "City";

        var error = Assert.Throws<CatalogueException>(() => MatterCatalogue.Load(file.Write()));

        Assert.Equal("scope", error.Field);
        Assert.Contains("County scope needs competentLevel County or finer", error.Message);
    }

    [Fact]
    public void Load_BundleStageWithUnknownDepartment_NamesTheStage()
    {
        file.Spoiled["stages"] = new JsonArray(new JsonArray("public-security"), new JsonArray("tax", "customs"));

        var error = Assert.Throws<CatalogueException>(() => MatterCatalogue.Load(file.Write()));

        Assert.Equal("stages[1][1]", error.Field);
        Assert.Contains("'customs' is not a department line", error.Message);
    }

    [Theory]
    [InlineData("""[{"department": "public-security", "at": "Home", "stage": 1, "name": "转入"}]""", "jointTasks", "are all at one region")]
    [InlineData("""[{"department": "public-security", "at": "Former", "stage": 1, "name": "转出"}, {"department": "public-security", "at": "Home", "stage": 3, "name": "转入"}]""", "jointTasks[1].stage", "without a gap")]
    [InlineData("""[{"department": "public-security", "at": "Former", "stage": 1, "name": "转出"}, {"department": "public-security", "at": "Home", "stage": 2}]""", "jointTasks[1].name", "is empty")]
    [InlineData("""[{"department": "public-security", "stage": 1, "name": "转出"}]""", "jointTasks[0].at", "must be Home")]
    [InlineData("""[{"department": "public-security", "at": "Abroad", "stage": 1, "name": "转出"}]""", "jointTasks[0].at", "is not a region: Home or Former")]
    [InlineData("""[{"department": "customs", "at": "Former", "stage": 1, "name": "转出"}]""", "jointTasks[0].department", "'customs' is not a department line")]
    [InlineData("""[{"department": "tax", "at": "Former", "stage": 1, "name": "转出"}, {"department": "tax", "at": "Home", "stage": 2, "name": "转入"}]""", "jointTasks", "do not include the lead department 'public-security'")]
    public void Load_BadJointTasks_NamesTheTaskAndWhatIsWrong(string tasks, string expectedField, string expectedProblem)
    {
        file.Spoiled["modes"] = new JsonArray("ProxyReceipt", "JointHandling");
        file.Spoiled["jointTasks"] = JsonNode.Parse(tasks);

        var error = Assert.Throws<CatalogueException>(() => MatterCatalogue.Load(file.Write()));

        Assert.Equal(expectedField, error.Field);
        Assert.Contains(expectedProblem, error.Message);
    }

    [Fact]
    public void Load_BundleWithJointTasks_IsRefused()
    {
        file.Spoiled["modes"] = new JsonArray("ProxyReceipt", "JointHandling");
        file.Spoiled["stages"] = new JsonArray(new JsonArray("public-security"), new JsonArray("tax"));
        file.Spoiled["jointTasks"] = JsonNode.Parse("""[{"department": "public-security", "at": "Former", "stage": 1, "name": "转出"}, {"department": "public-security", "at": "Home", "stage": 2, "name": "转入"}]""");

        var error = Assert.Throws<CatalogueException>(() => MatterCatalogue.Load(file.Write()));

        Assert.Equal("jointTasks", error.Field);
        Assert.Contains("either a 一件事 bundle (stages) or handled at several regions (jointTasks)", error.Message);
    }

    [Fact]
    public void Load_DuplicateCode_NamesTheSecondEntry()
    {
        var error = Assert.Throws<CatalogueException>(() => MatterCatalogue.Load(file.WriteWith("code", "\"T-001\"")));

        Assert.Equal("matter 'T-001'", error.Entry);
        Assert.Equal("code", error.Field);
        Assert.Contains("another matter has the same code", error.Message);
    }

    [Fact]
    public void Load_MatterWithoutCode_IsNamedByPosition()
    {
        var error = Assert.Throws<CatalogueException>(() => MatterCatalogue.Load(file.WriteWith("code", null)));

        Assert.Equal("matter #2", error.Entry);
        Assert.Equal("code", error.Field);
    }

    [Fact]
    public void Load_AllianceWithBadCityCode_NamesTheAlliance()
    {
        file.Root["alliances"]![0]!["cities"] = new JsonArray("1501", "15");

        var error = Assert.Throws<CatalogueException>(() => MatterCatalogue.Load(file.Write()));

        Assert.Equal("alliance '呼包鄂乌'", error.Entry);
        Assert.Equal("cities[1]", error.Field);
        Assert.Contains("'15' is not a city code", error.Message);
    }

    [Fact]
    public void Load_BrokenJson_SaysWhere()
    {
        File.WriteAllText(file.Path, "{\n  \"alliances\": [],\n  \"matters\": [ { \"code\": \"T-001\", }\n");

        var error = Assert.Throws<CatalogueException>(() => MatterCatalogue.Load(file.Path));

        Assert.StartsWith($"{Path.GetFileName(file.Path)}: is not a valid catalogue at line 3", error.Message);
    }

    [Fact]
    public void Load_MissingFile_SaysSo()
    {
        var error = Assert.Throws<CatalogueException>(() => MatterCatalogue.Load(file.Path));

        Assert.Contains("the file is missing", error.Message);
    }
}
