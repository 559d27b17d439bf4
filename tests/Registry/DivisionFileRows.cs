using System.IO.Compression;

namespace Hub.Tests.Registry;

/// <summary>Counts the rows of the shipped division files independently of the registry's parser.</summary>
internal static class DivisionFileRows
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "data", "divisions");

    /// <summary>The non-empty lines of <paramref name="file"/> after its header.</summary>
    public static int Count(string file)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(Directory, file)), CompressionMode.Decompress));
        var rows = -1;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                rows++;
            }
        }

        return rows;
    }

    /// <summary>The lines of <paramref name="file"/> whose first column starts with <paramref name="prefix"/>.</summary>
    public static IReadOnlyList<string[]> Matching(string file, string prefix)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(Directory, file)), CompressionMode.Decompress));
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                rows.Add(line.Split(',').Select(field => field.Trim('"')).ToArray());
            }
        }

        return rows;
    }
}
