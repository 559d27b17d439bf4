using System.Text.Json.Nodes;

namespace Hub.Tests.Catalogue;

/// <summary>Writes a small catalogue to a temporary file: one alliance and two good matters, the second open to spoiling.</summary>
internal sealed class CatalogueFile : IDisposable
{
    public CatalogueFile()
    {
        Root = new JsonObject
        {
            ["alliances"] = new JsonArray(new JsonObject { ["name"] = "呼包鄂乌", ["cities"] = new JsonArray("1501", "1502", "1506", "1509") }),
            ["matters"] = new JsonArray(Matter("T-001"), Matter("T-002")),
        };
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"hub-matters-{Guid.NewGuid():N}.json");

    public JsonObject Root { get; }

    /// <summary>The second matter, T-002, which a test spoils.</summary>
    public JsonObject Spoiled => Root["matters"]![1]!.AsObject();

    /// <summary>Sets <paramref name="field"/> of T-002 to the JSON <paramref name="json"/>, or removes it when null.</summary>
    public string WriteWith(string field, string? json)
    {
        if (json is null)
        {
            Spoiled.Remove(field);
        }
        else
        {
            Spoiled[field] = JsonNode.Parse(json);
        }

        return Write();
    }

    public string Write()
    {
        File.WriteAllText(Path, Root.ToJsonString());
        return Path;
    }

    public void Dispose() => File.Delete(Path);

    private static JsonObject Matter(string code) => (JsonObject)JsonNode.Parse($$"""
        {
          "code": "{{code}}", "name": "居民身份证换领", "department": "public-security",
          "competentLevel": "County", "scope": "National", "modes": ["ProxyReceipt"], "receivableAt": ["County", "Town"],
          "committedDays": 10, "statutoryDays": 20, "fee": 20,
          "materials": [{"code": "id-card", "name": "居民身份证", "required": true, "originalToPost": false}]
        }
        """)!;
}
