namespace Hub.Registry;

/// <summary>Splits one CSV line (RFC 4180 quoting) into field ranges without allocating.</summary>
internal static class CsvFields
{
    /// <summary>
    /// Splits <paramref name="line"/>; a quoted field's range excludes its quotes. Returns the number of fields
    /// (fields beyond <paramref name="fields"/> are counted, not stored), or -1 when a quoted field is malformed.
    /// Bit i of <paramref name="escaped"/> is set when field i holds doubled quotes to unescape.
    /// </summary>
    public static int Split(ReadOnlySpan<byte> line, Span<Range> fields, out int escaped)
    {
        escaped = 0;
        var count = 0;
        var position = 0;
        while (true)
        {
            Range range;
            if (position < line.Length && line[position] == (byte)'"')
            {
                var close = FindClosingQuote(line, position + 1, out var hasEscapes);
                if (close < 0 || (close + 1 < line.Length && line[close + 1] != (byte)','))
                {
                    return -1;
                }

                range = new Range(position + 1, close);
                if (hasEscapes && count < 32)
                {
                    escaped |= 1 << count;
                }

                position = close + 1;
            }
            else
            {
                var comma = line[position..].IndexOf((byte)',');
                var stop = comma < 0 ? line.Length : position + comma;
                range = new Range(position, stop);
                position = stop;
            }

            if (count < fields.Length)
            {
                fields[count] = range;
            }

            count++;
            if (position >= line.Length)
            {
                return count;
            }

            position++;
        }
    }

    /// <summary>Copies a quoted field's content to <paramref name="destination"/>, turning doubled quotes into one.</summary>
    public static int Unescape(ReadOnlySpan<byte> field, Span<byte> destination)
    {
        var written = 0;
        for (var i = 0; i < field.Length; i++)
        {
            destination[written++] = field[i];
            if (field[i] == (byte)'"')
            {
                i++;
            }
        }

        return written;
    }

    private static int FindClosingQuote(ReadOnlySpan<byte> line, int from, out bool hasEscapes)
    {
        hasEscapes = false;
        var i = from;
        while (true)
        {
            var quote = line[i..].IndexOf((byte)'"');
            if (quote < 0)
            {
                return -1;
            }

            i += quote;
            if (i + 1 < line.Length && line[i + 1] == (byte)'"')
            {
                hasEscapes = true;
                i += 2;
                continue;
            }

            return i;
        }
    }
}
