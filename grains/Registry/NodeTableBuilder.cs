namespace Hub.Registry;

/// <summary>
/// Collects division rows in any order and turns them into the registry's compact arrays: sorted codes,
/// and for each code the offset of its name in one UTF-8 blob (a length byte, then the bytes).
/// </summary>
internal sealed class NodeTableBuilder
{
    private long[] codes = new long[1 << 12];
    private int[] nameStarts = new int[1 << 12];
    private byte[] names = new byte[1 << 16];
    private int count;
    private int namesLength;

    /// <summary>The number of rows added.</summary>
    public int Count => count;

    /// <summary>Adds a row; a row added earlier wins over a later one with the same code.</summary>
    public void Add(long code, ReadOnlySpan<byte> name, bool escaped)
    {
        if (count == codes.Length)
        {
            Array.Resize(ref codes, count * 2);
            Array.Resize(ref nameStarts, count * 2);
        }

        if (namesLength + name.Length + 1 > names.Length)
        {
            Array.Resize(ref names, Math.Max(names.Length * 2, namesLength + name.Length + 1));
        }

        var written = escaped
            ? CsvFields.Unescape(name, names.AsSpan(namesLength + 1))
            : Copy(name, names.AsSpan(namesLength + 1));
        names[namesLength] = (byte)written;
        codes[count] = code;
        nameStarts[count] = namesLength;
        namesLength += written + 1;
        count++;
    }

    /// <summary>
    /// Sorts by code and drops rows whose code an earlier row already holds (a county-level row such as
    /// 441900 东莞市 carries the code of its city); <paramref name="folded"/> counts them. Call once.
    /// </summary>
    public (long[] Codes, int[] NameStarts, byte[] Names) Build(out int folded)
    {
        var rows = new int[count];
        for (var i = 0; i < count; i++)
        {
            rows[i] = i;
        }

        Array.Sort(codes, rows, 0, count);
        var starts = new int[count];
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            if (kept > 0 && codes[kept - 1] == codes[i])
            {
                if (rows[i] < rows[kept - 1])
                {
                    rows[kept - 1] = rows[i];
                    starts[kept - 1] = nameStarts[rows[i]];
                }

                continue;
            }

            codes[kept] = codes[i];
            rows[kept] = rows[i];
            starts[kept] = nameStarts[rows[i]];
            kept++;
        }

        folded = count - kept;
        Array.Resize(ref starts, kept);
        return (codes[..kept], starts, names[..namesLength]);
    }

    private static int Copy(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        source.CopyTo(destination);
        return source.Length;
    }
}
