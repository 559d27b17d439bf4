using System.Globalization;
using System.Text.Json;

namespace Hub.Calendars;

/// <summary>One JSON object of a year file (the file itself, a holiday, a workday), read field by field so that each error names its field.</summary>
internal readonly struct CalendarEntry
{
    private readonly JsonElement _element;

    public CalendarEntry(string file, string name, JsonElement element, params string[] fields)
    {
        File = file;
        Name = name;
        _element = element;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new CalendarException(file, name, "$", $"is {element.ValueKind}; each entry is a JSON object with the fields {string.Join(", ", fields)}.");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!fields.Contains(property.Name, StringComparer.Ordinal))
            {
                throw At(property.Name, $"'{property.Name}' is not a known field; the fields are {string.Join(", ", fields)}.");
            }
        }
    }

    public string File { get; }

    public string Name { get; }

    public CalendarException At(string field, string problem) => new(File, Name, field, problem);

    public string Text(string field) =>
        Value(field, "a text") is { ValueKind: JsonValueKind.String } value && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw At(field, $"{Raw(field)} is not a text; write it as a non-empty string.");

    public int Int(string field) =>
        Value(field, "a whole number") is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number)
            ? number
            : throw At(field, $"{Raw(field)} is not a whole number, such as 2027.");

    public DateOnly Date(string field) =>
        Value(field, "a date") is { ValueKind: JsonValueKind.String } value
        && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw At(field, $"{Raw(field)} is not a date; write it as \"yyyy-MM-dd\", such as \"2027-10-01\".");

    public IReadOnlyList<JsonElement> List(string field) =>
        Value(field, "a list") is { ValueKind: JsonValueKind.Array } value
            ? [.. value.EnumerateArray()]
            : throw At(field, $"{Raw(field)} is not a list; write it as [ … ], empty if the notice has none.");

    private JsonElement Value(string field, string what) =>
        _element.TryGetProperty(field, out var value) ? value : throw At(field, $"is missing: every {Kind} needs {what} here.");

    private string Kind => Name.StartsWith("holiday", StringComparison.Ordinal) ? "holiday"
        : Name.StartsWith("workday", StringComparison.Ordinal) ? "workday" : "year file";

    private string Raw(string field)
    {
        var raw = _element.GetProperty(field).GetRawText();
        return raw.Length > 40 ? raw[..40] + "…" : raw;
    }

    /// <summary>The entry's name for errors: <c>kind 'key'</c> when its key field is a non-empty string, else <c>kind #n</c>.</summary>
    public static string NameOf(JsonElement element, string kind, string key, int index) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(key, out var value)
        && value.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(value.GetString())
            ? $"{kind} '{value.GetString()}'"
            : $"{kind} #{index + 1}";
}
