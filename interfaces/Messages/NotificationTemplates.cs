using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hub.Messages;

/// <summary>
/// The texts of the applicant notifications, from a template file checked when the hub starts: one text for each of
/// the hub's template codes (<see cref="Codes"/>), no other, each naming in braces only the parameters its code comes
/// with, and one SMS signature (短信签名, 【…】) in front of them all. The hub sends codes and parameters; a gateway
/// renders them with <see cref="Render"/>, as SMS platforms fill the templates registered with them. Immutable.
/// </summary>
public sealed partial class NotificationTemplates
{
    /// <summary>Each template code the hub sends, with the parameters it comes with, in order.</summary>
    public static IReadOnlyDictionary<string, string[]> Codes { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [NotificationCodes.Accepted] = ["caseId", "matter", "deadline", "queryCode"],
        [NotificationCodes.SupplementRequested] = ["caseId", "matter", "materials"],
        [NotificationCodes.Approved] = ["caseId", "matter"],
        [NotificationCodes.ReadyAtWindow] = ["caseId", "matter"],
        [NotificationCodes.Rejected] = ["caseId", "matter"],
        [NotificationCodes.Delivered] = ["caseId", "matter", "delivery"],
        [NotificationCodes.ResultPosted] = ["caseId", "matter", "carrier", "waybill"],
        [NotificationCodes.ResultArrived] = ["caseId", "matter", "carrier", "waybill"],
        [NotificationCodes.RatingInvited] = ["caseId", "matter"],
        [NotificationCodes.Withdrawn] = ["caseId", "matter"],
        [NotificationCodes.AppointmentBooked] = ["appointmentId", "matter", "hall", "time"],
        [NotificationCodes.AppointmentCancelled] = ["appointmentId", "matter", "time"],
    };

    private readonly Dictionary<string, string> texts;

    private NotificationTemplates(string signature, Dictionary<string, string> texts)
    {
        Signature = signature;
        this.texts = texts;
    }

    /// <summary>The SMS signature in front of every text, e.g. <c>【政务服务】</c>.</summary>
    public string Signature { get; }

    /// <summary>Reads and checks a template file; throws <see cref="FormatException"/> naming the file and what to fix.</summary>
    public static NotificationTemplates Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new FormatException($"The notification templates cannot be read from {Path.GetFileName(path)}: {ex.Message}", ex);
        }

        return Parse(json, Path.GetFileName(path));
    }

    /// <summary>The templates shipped with the hub (<c>data/notification-templates.json</c>).</summary>
    public static NotificationTemplates LoadDefault() =>
        Load(Path.Combine(AppContext.BaseDirectory, "data", "notification-templates.json"));

    /// <summary>Checks the templates of <paramref name="json"/>; <paramref name="file"/> names them in the errors.</summary>
    public static NotificationTemplates Parse(string json, string file)
    {
        TemplateFile? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<TemplateFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{file} is not valid JSON: {ex.Message}", ex);
        }

        var problems = new List<string>();
        var signature = parsed?.Signature?.Trim() ?? string.Empty;
        if (!SignaturePattern().IsMatch(signature))
        {
            problems.Add("signature: give the SMS signature registered with the gateway, 2 to 12 characters in 【】, e.g. 【政务服务】");
        }

        var templates = parsed?.Templates ?? [];
        foreach (var code in Codes.Keys.Where(c => !templates.ContainsKey(c)))
        {
            problems.Add($"templates.{code}: missing; the hub sends it with {{{string.Join("}, {", Codes[code])}}}");
        }

        foreach (var (code, text) in templates)
        {
            if (!Codes.TryGetValue(code, out var parameters))
            {
                problems.Add($"templates.{code}: the hub sends no such template; its codes are {string.Join(", ", Codes.Keys)}");
                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add($"templates.{code}: the text is empty");
                continue;
            }

            foreach (var name in Placeholders(text).Where(n => !parameters.Contains(n, StringComparer.Ordinal)).Distinct())
            {
                problems.Add($"templates.{code}: {{{name}}} is no parameter of this template; it has {{{string.Join("}, {", parameters)}}}");
            }
        }

        if (problems.Count > 0)
        {
            throw new FormatException($"{file} has {problems.Count} problem(s): {string.Join("; ", problems)}.");
        }

        return new NotificationTemplates(signature, new Dictionary<string, string>(templates!, StringComparer.Ordinal));
    }

    /// <summary>The text of <paramref name="code"/>, its parameters filled in, after the signature.</summary>
    public string Render(string code, IReadOnlyList<NotificationParameter> parameters)
    {
        if (!texts.TryGetValue(code, out var text))
        {
            throw new ArgumentException($"There is no notification template {code}.", nameof(code));
        }

        var values = parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var rendered = PlaceholderPattern().Replace(text, m => values.GetValueOrDefault(m.Groups[1].Value, string.Empty));
        return new StringBuilder(Signature).Append(rendered).ToString();
    }

    private static IEnumerable<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"^【[^【】]{2,12}】$")]
    private static partial Regex SignaturePattern();

    private sealed record TemplateFile(string? Source, string? Signature, Dictionary<string, string?>? Templates);
}

/// <summary>The template codes of the applicant notifications; the texts are in the template file.</summary>
public static class NotificationCodes
{
    /// <summary>The hub took the case in (受理), with its committed deadline and the query code of its progress page.</summary>
    public const string Accepted = "HUB_CASE_ACCEPTED";

    /// <summary>A department asks for materials (补正), naming them.</summary>
    public const string SupplementRequested = "HUB_SUPPLEMENT_REQUESTED";

    /// <summary>Approved, the result going out electronically or by post.</summary>
    public const string Approved = "HUB_CASE_APPROVED";

    /// <summary>Approved, the result waiting at the window that took the case (窗口出件).</summary>
    public const string ReadyAtWindow = "HUB_READY_AT_WINDOW";

    /// <summary>Not approved; the reason is on the case, for the window or the progress page to tell.</summary>
    public const string Rejected = "HUB_CASE_REJECTED";

    /// <summary>The result reached the applicant: electronically, at the window, or handed to the post.</summary>
    public const string Delivered = "HUB_CASE_DELIVERED";

    /// <summary>The result was handed to the post, with the carrier and the waybill to follow it by.</summary>
    public const string ResultPosted = "HUB_RESULT_POSTED";

    /// <summary>The posted result reached the applicant, as its courier reported.</summary>
    public const string ResultArrived = "HUB_RESULT_ARRIVED";

    /// <summary>The applicant may now rate the service (好差评).</summary>
    public const string RatingInvited = "HUB_RATING_INVITED";

    /// <summary>The case was withdrawn at the applicant's request.</summary>
    public const string Withdrawn = "HUB_CASE_WITHDRAWN";

    /// <summary>An appointment (预约) was booked: where and when to come, and the booking's id to check in with.</summary>
    public const string AppointmentBooked = "HUB_APPOINTMENT_BOOKED";

    /// <summary>An appointment was cancelled; its slot is free for others.</summary>
    public const string AppointmentCancelled = "HUB_APPOINTMENT_CANCELLED";
}
