using System.Text.Json;

namespace Hub.Certificates;

/// <summary>The certificate type file's top level: authorities first, then types, each kept raw for per-entry errors.</summary>
internal sealed class CertificateTypeDocument
{
    public List<JsonElement>? Authorities { get; set; }

    public List<JsonElement>? Types { get; set; }
}
