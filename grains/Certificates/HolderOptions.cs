namespace Hub.Certificates;

/// <summary>How certificate holders are keyed and how much of their log a holder grain keeps, bound from <c>Hub:Holders</c>.</summary>
public sealed class HolderOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Hub:Holders";

    /// <summary>
    /// The secret of the HMAC-SHA256 that keys a holder's grain by their ID type and ID, so that no key, log or table
    /// holds the ID itself. At least 32 characters; required in cluster mode, where every silo must use the same one
    /// for as long as the data lives. Default: none; the embedded default generates one per process.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>How many of the newest uses and verifications a holder's grain keeps (all of them go on the feed). Default 200.</summary>
    public int KeepUses { get; set; } = 200;
}
