namespace Hub.Identifiers;

/// <summary>
/// A mainland China mobile number: 11 digits, the first 1 and the second 3 to 9 (the number plan's mobile blocks, 13x to
/// 19x). Written as people write it — with spaces or hyphens, after <c>+86</c>, <c>0086</c> or <c>86</c> — and kept as
/// the 11 digits. It is shown and logged only masked: <c>138****5678</c>.
/// </summary>
public static class MobileNumber
{
    /// <summary>The 11 digits of <paramref name="text"/>, or null with the reason when it is no mainland mobile number.</summary>
    public static string? Parse(string text, out string? problem)
    {
        var digits = new System.Text.StringBuilder(text.Length);
        var start = text.AsSpan().Trim();
        if (start.StartsWith("+"))
        {
            start = start[1..];
        }

        foreach (var c in start)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-'))
            {
                problem = "a mainland mobile number is 11 digits (spaces, hyphens and a leading +86 allowed), e.g. 139 0731 0000";
                return null;
            }
        }

        var number = digits.ToString();
        if (number.Length == 15 && number.StartsWith("0086", StringComparison.Ordinal))
        {
            number = number[4..];
        }
        else if (number.Length == 13 && number.StartsWith("86", StringComparison.Ordinal))
        {
            number = number[2..];
        }

        if (number.Length != 11 || number[0] != '1' || number[1] is < '3' or > '9')
        {
            problem = "a mainland mobile number has 11 digits and starts with 13 to 19, e.g. 139 0731 0000";
            return null;
        }

        problem = null;
        return number;
    }

    /// <summary>The first three and last four digits, the middle four starred: <c>138****5678</c>.</summary>
    public static string Mask(string number) =>
        number.Length == 11 ? $"{number[..3]}****{number[7..]}" : PersonalData.Mask(number);
}
