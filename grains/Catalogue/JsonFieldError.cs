using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hub.Catalogue;

/// <summary>Turns a <see cref="JsonException"/> raised inside one catalogue entry into its field and a plain explanation.</summary>
internal static partial class JsonFieldError
{
    /// <summary>The field at fault (the exception's path without <c>$.</c>) and what is wrong with it.</summary>
    public static (string Field, string Problem) Describe(JsonElement entry, JsonException exception)
    {
        var path = exception.Path ?? "$";
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
        var name = Segments().Matches(field) is { Count: > 0 } matches ? matches[^1].Groups["name"].Value : field;
        if (exception.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return (field, $"'{name}' is not a known field; check its spelling against an existing entry.");
        }

        return (field, $"{RawValue(entry, field)} is not {Expected(name)}.");
    }

    private static string Expected(string name) => name switch
    {
        "competentLevel" or "receivableAt" => "a level: Province, City, County, Town or Village",
        "scope" => "a scope: National, Alliance, Province, City or County",
        "modes" => "a handling mode: FullyOnline, ProxyReceipt or JointHandling",
        "committedDays" or "statutoryDays" => "a whole number of working days",
        "fee" => "an amount in yuan, such as 0 or 20",
        "required" or "originalToPost" or "constructed" => "true or false",
        "validityYears" => "a whole number of years, or null when the certificate does not expire",
        "certificateTypes" => "a list of certificate type codes, each a string such as \"11100000MB03271699001\"",
        "materials" => "a list of materials, each {code, name, required, originalToPost}",
        "stages" => "a list of stages, each a list of department slugs",
        "jointTasks" => "a list of tasks, each {department, at, stage, name}",
        "at" => "a region: Home or Former",
        "stage" => "a whole number, the stage from 1",
        "cities" => "a list of city codes written as strings, such as \"1501\"",
        _ => "a string",
    };

    private static string RawValue(JsonElement entry, string field)
    {
        var current = entry;
        foreach (Match segment in Segments().Matches(field))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment.Groups["name"].Value, out current))
            {
                return "the value";
            }

            foreach (Capture index in segment.Groups["index"].Captures)
            {
                var i = int.Parse(index.Value, System.Globalization.CultureInfo.InvariantCulture);
                if (current.ValueKind != JsonValueKind.Array || i >= current.GetArrayLength())
                {
                    return "the value";
                }

                current = current[i];
            }
        }

        var raw = current.GetRawText();
        return raw.Length > 40 ? raw[..40] + "…" : raw;
    }

    [GeneratedRegex(@"(?<name>[A-Za-z]+)(\[(?<index>\d+)\])*")]
    private static partial Regex Segments();
}
