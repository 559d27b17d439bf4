using System.Text.Json;
using Hub.Simulator;

namespace Hub.LoadTests.Certificates;

/// <summary>
/// The certificate types of <c>data/certificate-types.json</c>, the directory the hub loads too, as the played department
/// lines need them: which line issues which type, and for how long. The hub validates the file at start-up; this reads
/// only the four fields it needs.
/// </summary>
internal static class CertificateTypesFile
{
    public static IReadOnlyList<IssuableCertificateType> Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return [.. document.RootElement.GetProperty("types").EnumerateArray().Select(t => new IssuableCertificateType(
            t.GetProperty("code").GetString()!,
            t.GetProperty("name").GetString()!,
            t.GetProperty("department").GetString()!,
            t.TryGetProperty("validityYears", out var years) && years.ValueKind == JsonValueKind.Number ? years.GetInt32() : null))];
    }
}
