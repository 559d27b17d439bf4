namespace Hub.Certificates;

/// <summary>How the silos announce the expiry of certificates, bound from <c>Hub:Certificates:Expiry</c>.</summary>
public sealed class CertificateExpiryOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Hub:Certificates:Expiry";

    /// <summary>How often each silo looks for expiries to announce. Default 5 minutes: an expiry is announced within that of midnight in China.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many past days each check covers, so that a cluster that was down announces what it missed. Default 7.</summary>
    public int LookBackDays { get; set; } = 7;
}
