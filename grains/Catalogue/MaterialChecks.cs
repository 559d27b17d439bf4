namespace Hub.Catalogue;

/// <summary>Checks a matter's list of materials.</summary>
internal static class MaterialChecks
{
    /// <summary>The materials, or the first problem found naming <c>materials[i].field</c>.</summary>
    public static MaterialSpec[] Validate(List<MaterialEntry?>? materials, EntryErrors errors)
    {
        if (materials is null)
        {
            throw errors.At("materials", "is missing; list the materials, or write [] when the matter asks for none.");
        }

        var result = new MaterialSpec[materials.Count];
        for (var i = 0; i < materials.Count; i++)
        {
            var field = $"materials[{i}]";
            var material = materials[i] ?? throw errors.At(field, "is null; write {code, name, required, originalToPost}.");
            if (string.IsNullOrWhiteSpace(material.Code) || material.Code.Any(char.IsWhiteSpace))
            {
                throw errors.At(field + ".code", "is empty or holds spaces; give a stable code such as \"id-card\".");
            }

            if (Array.Exists(result, existing => existing?.Code == material.Code))
            {
                throw errors.At(field + ".code", $"'{material.Code}' is listed twice in this matter.");
            }

            if (string.IsNullOrWhiteSpace(material.Name))
            {
                throw errors.At(field + ".name", "is empty; give the material's Chinese name.");
            }

            if (material.Required is not { } required)
            {
                throw errors.At(field + ".required", "is missing; write true or false.");
            }

            var certificateTypes = CertificateTypes(material.CertificateTypes, field + ".certificateTypes", errors);
            result[i] = new MaterialSpec(material.Code, material.Name, required, material.OriginalToPost ?? false, certificateTypes);
        }

        return result;
    }

    private static string[] CertificateTypes(List<string?>? codes, string field, EntryErrors errors)
    {
        if (codes is null)
        {
            return [];
        }

        for (var i = 0; i < codes.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(codes[i]))
            {
                throw errors.At($"{field}[{i}]", "is empty; give a type code of data/certificate-types.json, e.g. \"11100000MB03271699001\".");
            }

            if (codes.IndexOf(codes[i]) < i)
            {
                throw errors.At($"{field}[{i}]", $"'{codes[i]}' is listed twice.");
            }
        }

        return [.. codes.Select(code => code!)];
    }
}
