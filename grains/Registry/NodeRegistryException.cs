namespace Hub.Registry;

/// <summary>Raised when a division file is missing or malformed; names the file and the line at fault.</summary>
public sealed class NodeRegistryException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/> at <paramref name="line"/> (0 when no line applies).</summary>
    public NodeRegistryException(string file, int line, string problem, Exception? inner = null)
        : base(line > 0 ? $"{file} line {line}: {problem}" : $"{file}: {problem}", inner)
    {
        File = file;
        Line = line;
    }

    /// <summary>The division file at fault.</summary>
    public string File { get; }

    /// <summary>The 1-based line at fault, header included; 0 when the problem is not on one line.</summary>
    public int Line { get; }
}
