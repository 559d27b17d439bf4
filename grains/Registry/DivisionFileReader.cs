using System.IO.Compression;
using System.Text;
using Hub.Identifiers;

namespace Hub.Registry;

/// <summary>Parses one gzip-compressed division file into a <see cref="NodeTableBuilder"/>.</summary>
internal static class DivisionFileReader
{
    private const int MaxFields = 8;

    /// <summary>Adds the file's rows; returns the row count and the rows whose parent column disagrees with their code.</summary>
    public static (int Rows, int ParentMismatches) Read(string directory, DivisionFile file, NodeTableBuilder builder)
    {
        var path = Path.Combine(directory, file.Name);
        if (!File.Exists(path))
        {
            throw new NodeRegistryException(file.Name, 0, $"the file is missing from '{directory}'; it ships with Hub.Grains under data/divisions/.");
        }

        try
        {
            using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            return ReadRows(new CsvLineReader(stream), file, builder);
        }
        catch (InvalidDataException ex)
        {
            throw new NodeRegistryException(file.Name, 0, $"the file is not valid gzip: {ex.Message}", ex);
        }
    }

    private static (int Rows, int ParentMismatches) ReadRows(CsvLineReader reader, DivisionFile file, NodeTableBuilder builder)
    {
        if (!reader.TryReadLine(out var header) || !header.SequenceEqual(Encoding.UTF8.GetBytes(file.Header)))
        {
            throw new NodeRegistryException(file.Name, 1, $"expected the header '{file.Header}'.");
        }

        var digits = DivisionFile.DigitsAt(file.Level);
        var parentDigits = DivisionFile.DigitsAt(file.Level - 1);
        Span<Range> fields = stackalloc Range[MaxFields];
        var rows = 0;
        var mismatches = 0;
        while (reader.TryReadLine(out var line))
        {
            if (line.IsEmpty)
            {
                continue;
            }

            var count = CsvFields.Split(line, fields, out var escaped);
            if (count != file.Columns)
            {
                throw Malformed(reader, file, count < 0
                    ? "a quoted field is not closed, or text follows its closing quote."
                    : $"expected {file.Columns} columns ({file.Header}), found {count}.");
            }

            var code = line[fields[0]];
            if (!TryParseCode(code, digits, out var value))
            {
                throw Malformed(reader, file, $"the code '{Encoding.UTF8.GetString(code)}' is not {digits} digits with a non-zero province part.");
            }

            var name = line[fields[1]];
            if (name.IsEmpty || name.Length > byte.MaxValue)
            {
                throw Malformed(reader, file, $"the name of {Encoding.UTF8.GetString(code)} is empty or longer than {byte.MaxValue} bytes.");
            }

            if (file.Level > DivisionLevel.Province && !line[fields[2]].SequenceEqual(code[..parentDigits]))
            {
                mismatches++;
            }

            builder.Add(value, name, (escaped & 2) != 0);
            rows++;
        }

        return (rows, mismatches);
    }

    private static bool TryParseCode(ReadOnlySpan<byte> text, int digits, out long value)
    {
        value = 0;
        if (text.Length != digits)
        {
            return false;
        }

        foreach (var b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = value * 10 + (b - '0');
        }

        for (var i = digits; i < 12; i++)
        {
            value *= 10;
        }

        return value >= 10_000_000_000;
    }

    private static NodeRegistryException Malformed(CsvLineReader reader, DivisionFile file, string problem) =>
        new(file.Name, reader.LineNumber, problem);
}
