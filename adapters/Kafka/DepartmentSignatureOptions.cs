namespace Hub.Kafka;

/// <summary>
/// The public keys of the lines that sign their messages (non-repudiation); bound from <c>Hub:DepartmentSignatures</c>.
/// A message carrying a signature is applied only if it verifies with a key registered for its line; a line with
/// <see cref="DepartmentLineKeys.Required"/> must sign every message. Default: no line registered.
/// </summary>
public sealed class DepartmentSignatureOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Hub:DepartmentSignatures";

    /// <summary>By line (a department slug of <see cref="HubTopics.Departments"/>, or <c>logistics</c>, or <c>hotline</c>): its keys.</summary>
    public Dictionary<string, DepartmentLineKeys> Lines { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>The keys one line signs with, and whether it must.</summary>
public sealed class DepartmentLineKeys
{
    /// <summary>PEM files of the line's ECDSA P-256 public keys (a retired key stays listed while its messages may still be redriven).</summary>
    public List<string> KeyFiles { get; set; } = [];

    /// <summary>Whether every message of the line must be signed; an unsigned one is then a dead letter. Default false.</summary>
    public bool Required { get; set; }
}
