using Hub.Catalogue;

namespace Hub.Certificates;

/// <summary>Checks that every certificate type a matter's material names is in the certificate type catalogue.</summary>
internal static class MaterialLinkChecks
{
    /// <summary>Every (matter, material, type) link, or the first unknown type as a <see cref="CatalogueException"/> naming the
    /// matter and <c>materials[i].certificateTypes[j]</c> in the matter catalogue's file.</summary>
    public static HashSet<(string Matter, string Material, string Type)> Validate(
        MatterCatalogue matters, IReadOnlyDictionary<string, CertificateType> types, string typesFile)
    {
        var links = new HashSet<(string Matter, string Material, string Type)>();
        foreach (var matter in matters.All)
        {
            for (var i = 0; i < matter.Materials.Count; i++)
            {
                var material = matter.Materials[i];
                for (var j = 0; j < material.CertificateTypes.Count; j++)
                {
                    var code = material.CertificateTypes[j];
                    if (!types.ContainsKey(code))
                    {
                        throw new CatalogueException(
                            matters.FileName, $"matter '{matter.Code}'", $"materials[{i}].certificateTypes[{j}]",
                            $"'{code}' is not a certificate type of {typesFile}; add the type there or correct the code.");
                    }

                    links.Add((matter.Code, material.Code, code));
                }
            }
        }

        return links;
    }
}
