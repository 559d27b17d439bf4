using System.Text.Json.Nodes;

namespace Hub.Tests.Catalogue;

/// <summary>Writes a small certificate type file to a temporary file: a real and a constructed authority and two good
/// types, the second open to spoiling.</summary>
internal sealed class CertificateTypesFile : IDisposable
{
    public const string Mohurd = "11100000000013338W";
    public const string Constructed = "11100000HUB000001J";

    public CertificateTypesFile()
    {
        Root = new JsonObject
        {
            ["authorities"] = new JsonArray(
                new JsonObject { ["creditCode"] = Mohurd, ["name"] = "中华人民共和国住房和城乡建设部", ["constructed"] = false, ["source"] = "the design" },
                new JsonObject { ["creditCode"] = Constructed, ["name"] = "中华人民共和国公安部", ["constructed"] = true }),
            ["types"] = new JsonArray(
                new JsonObject { ["code"] = Mohurd + "001", ["name"] = "二级建造师注册证书", ["department"] = "housing", ["validityYears"] = 3 },
                new JsonObject { ["code"] = Constructed + "001", ["name"] = "居民户口簿", ["department"] = "public-security", ["validityYears"] = null }),
        };
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"hub-certificate-types-{Guid.NewGuid():N}.json");

    public JsonObject Root { get; }

    /// <summary>The second type, 居民户口簿, which a test spoils.</summary>
    public JsonObject Spoiled => Root["types"]![1]!.AsObject();

    /// <summary>The second authority, the constructed one, which a test spoils.</summary>
    public JsonObject SpoiledAuthority => Root["authorities"]![1]!.AsObject();

    /// <summary>Sets <paramref name="field"/> of <paramref name="entry"/> to the JSON <paramref name="json"/>, or removes it when null.</summary>
    public string WriteWith(JsonObject entry, string field, string? json)
    {
        if (json is null)
        {
            entry.Remove(field);
        }
        else
        {
            entry[field] = JsonNode.Parse(json);
        }

        return Write();
    }

    public string Write()
    {
        File.WriteAllText(Path, Root.ToJsonString());
        return Path;
    }

    public void Dispose() => File.Delete(Path);
}
