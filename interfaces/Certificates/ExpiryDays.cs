using System.Globalization;

namespace Hub.Certificates;

/// <summary>The keys of the expiry index: a certificate valid to a date is filed in one of <see cref="Shares"/> shares of that date.</summary>
public static class ExpiryDays
{
    /// <summary>How many shares each date has: the work of one day spread over the silos. Fixed: stored keys depend on it.</summary>
    public const int Shares = 16;

    /// <summary>The share of <paramref name="certificateId"/>: FNV-1a over its characters, stable across processes and versions.</summary>
    public static int ShareOf(string certificateId)
    {
        var hash = 2166136261u;
        foreach (var c in certificateId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % Shares);
    }

    /// <summary>The key of the share that holds <paramref name="certificateId"/>, valid to <paramref name="validTo"/>.</summary>
    public static string Key(DateOnly validTo, string certificateId) => Key(validTo, ShareOf(certificateId));

    /// <summary>The key of share <paramref name="share"/> of <paramref name="validTo"/>.</summary>
    public static string Key(DateOnly validTo, int share) =>
        $"{validTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/{share.ToString(CultureInfo.InvariantCulture)}";
}
