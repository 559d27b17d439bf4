using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.LoadTests.Results;

namespace Hub.LoadTests.Reporting;

/// <summary>Writes one benchmark run's report: report.json, report.md and the PNG charts, side by side in one folder.</summary>
public static class ReportWriter
{
    /// <summary>The JSON shape of report.json: camelCase, indented, enums as strings, computed properties included.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>
    /// Creates <paramref name="folder"/> if needed and writes the report into it, replacing an earlier one.
    /// Returns the full paths of the files written; skipped charts are named as such in report.md.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(BenchmarkResult result, string folder, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        var written = new List<string>();

        var jsonPath = Path.Combine(folder, "report.json");
        await using (var json = File.Create(jsonPath))
        {
            await JsonSerializer.SerializeAsync(json, result, JsonOptions, ct);
        }

        written.Add(jsonPath);

        ct.ThrowIfCancellationRequested();
        var charts = Charts.Render(result, folder);
        foreach (var chart in charts)
        {
            var path = Path.Combine(folder, chart.FileName);
            if (chart.Written)
            {
                written.Add(path);
            }
            else
            {
                File.Delete(path);
            }
        }

        var markdownPath = Path.Combine(folder, "report.md");
        await File.WriteAllTextAsync(markdownPath, MarkdownReport.Build(result, charts), new UTF8Encoding(false), ct);
        written.Add(markdownPath);
        return written;
    }
}
