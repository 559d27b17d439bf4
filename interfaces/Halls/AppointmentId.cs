using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Hub.Identifiers;

namespace Hub.Halls;

/// <summary>
/// A booking's id: <c>{node}-{yyyyMMdd}-{number}-{matter}</c>, e.g. <c>610925100201-20261207-004-HR-001</c> — the node,
/// the day, the booking's number of that day for that matter (three digits at least), and the matter. It names the day
/// grain that holds the booking, so it is looked up without an index; it names no person.
/// </summary>
public readonly record struct AppointmentId(DivisionCode Node, DateOnly Date, int Number, string MatterCode)
{
    public override string ToString() =>
        $"{Node.ToShortString()}-{Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{Number.ToString("000", CultureInfo.InvariantCulture)}-{MatterCode}";

    /// <summary>The key of the day grain holding the booking.</summary>
    public string DayKey => DayKeyOf(Node, MatterCode, Date);

    /// <summary>The day grain key of <paramref name="matter"/> at <paramref name="node"/> on <paramref name="date"/>.</summary>
    public static string DayKeyOf(DivisionCode node, string matter, DateOnly date) =>
        $"{node.ToShortString()}/{matter}/{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>Reads an id; on failure <paramref name="error"/> says what a good one looks like.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out AppointmentId id, [NotNullWhen(false)] out string? error)
    {
        id = default;
        var parts = text?.Split('-', 4);
        if (parts is not { Length: 4 }
            || !DivisionCode.TryParse(parts[0], out var node, out _)
            || !DateOnly.TryParseExact(parts[1], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || parts[2].Length < 3 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || parts[3].Length == 0)
        {
            error = $"'{text}' is no booking id; one reads {{node}}-{{yyyyMMdd}}-{{number}}-{{matter}}, such as 610925100201-20261207-004-HR-001, as the booking's answer gave it.";
            return false;
        }

        id = new AppointmentId(node, date, number, parts[3]);
        error = null;
        return true;
    }
}
