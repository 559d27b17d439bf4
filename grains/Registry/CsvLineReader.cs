namespace Hub.Registry;

/// <summary>
/// Reads UTF-8 lines from a stream into one reusable buffer, so a line costs no allocation.
/// A line span stays valid until the next call.
/// </summary>
internal sealed class CsvLineReader(Stream stream, int bufferSize = 1 << 20)
{
    private byte[] buffer = new byte[bufferSize];
    private int start;
    private int end;
    private bool eof;

    /// <summary>The 1-based number of the line last read.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Reads the next line without its terminator (LF or CRLF) and without a leading BOM.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = Take(newline, newline + 1);
                return true;
            }

            if (eof)
            {
                if (start == end)
                {
                    line = default;
                    return false;
                }

                line = Take(end - start, end - start);
                return true;
            }

            Fill();
        }
    }

    private ReadOnlySpan<byte> Take(int length, int consumed)
    {
        var line = buffer.AsSpan(start, length);
        if (line.Length > 0 && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        if (LineNumber == 0 && line.StartsWith("\uFEFF"u8))
        {
            line = line[3..];
        }

        start += consumed;
        LineNumber++;
        return line;
    }

    private void Fill()
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            eof = true;
        }

        end += read;
    }
}
