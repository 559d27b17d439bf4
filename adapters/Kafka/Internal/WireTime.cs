using System.Globalization;

namespace Hub.Kafka.Internal;

/// <summary>Times and dates as the wire carries them: unix milliseconds and <c>yyyy-MM-dd</c>.</summary>
internal static class WireTime
{
    public const string DateFormat = "yyyy-MM-dd";

    public static long ToUnixMs(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromUnixMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public static string ToWire(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string? text, string field) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"{field} must be a date like 2026-11-22 (was '{text}').");
}
