namespace Hub.Hotline;

/// <summary>The limits of 12345 work orders, in working days from the day after the call, and the red card's delay.</summary>
public sealed class HotlineOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Hub:Hotline";

    /// <summary>咨询: 3 working days.</summary>
    public int ConsultationDays { get; set; } = 3;

    /// <summary>求助: 3 working days.</summary>
    public int HelpDays { get; set; } = 3;

    /// <summary>投诉: 13 working days.</summary>
    public int ComplaintDays { get; set; } = 13;

    /// <summary>建议: 13 working days.</summary>
    public int SuggestionDays { get; set; } = 13;

    /// <summary>举报: 13 working days.</summary>
    public int ReportDays { get; set; } = 13;

    /// <summary>After a yellow card, the working days still without a reply before the red one. Default 2.</summary>
    public int RedCardAfterDays { get; set; } = 2;

    /// <summary>How many times a dissatisfied return visit (不满意) sends the order back to the department (重办) before it closes as it stands. Default 1.</summary>
    public int Reopens { get; set; } = 1;

    /// <summary>The working days an order of <paramref name="kind"/> has; an urgent one has the day it came (0).</summary>
    public int DaysFor(WorkOrderKind kind, bool urgent) => urgent ? 0 : kind switch
    {
        WorkOrderKind.Consultation => ConsultationDays,
        WorkOrderKind.Help => HelpDays,
        WorkOrderKind.Complaint => ComplaintDays,
        WorkOrderKind.Suggestion => SuggestionDays,
        _ => ReportDays,
    };

    /// <summary>What is wrong with these settings, each naming its key; empty when nothing is.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var (name, days) in new[] { ("ConsultationDays", ConsultationDays), ("HelpDays", HelpDays), ("ComplaintDays", ComplaintDays), ("SuggestionDays", SuggestionDays), ("ReportDays", ReportDays) })
        {
            if (days is < 1 or > 60)
            {
                yield return $"{Section}:{name} must be 1 to 60 working days (was {days}).";
            }
        }

        if (Reopens is < 0 or > 3)
        {
            yield return $"{Section}:Reopens must be 0 to 3 (was {Reopens}); the default is 1.";
        }

        if (RedCardAfterDays is < 1 or > 30)
        {
            yield return $"{Section}:RedCardAfterDays must be 1 to 30 working days (was {RedCardAfterDays}); the default is 2.";
        }
    }
}

/// <summary>Validates <see cref="HotlineOptions"/> at start-up, naming each bad key.</summary>
public sealed class HotlineOptionsValidator : Microsoft.Extensions.Options.IValidateOptions<HotlineOptions>
{
    public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, HotlineOptions options) =>
        options.Problems().ToList() is { Count: > 0 } problems
            ? Microsoft.Extensions.Options.ValidateOptionsResult.Fail(problems)
            : Microsoft.Extensions.Options.ValidateOptionsResult.Success;
}
