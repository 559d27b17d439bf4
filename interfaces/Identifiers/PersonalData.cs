namespace Hub.Identifiers;

/// <summary>Masks personal identifiers so that none is ever logged or shown in full.</summary>
public static class PersonalData
{
    /// <summary>Keeps the first four and last four characters: <c>4301**********123X</c>. Short values are masked whole.</summary>
    public static string Mask(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value.Length <= 8)
        {
            return new string('*', value.Length);
        }

        return string.Create(value.Length, value, static (span, source) =>
        {
            source.AsSpan().CopyTo(span);
            span[4..^4].Fill('*');
        });
    }
}
