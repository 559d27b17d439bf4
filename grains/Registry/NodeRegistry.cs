using System.Diagnostics;
using System.Text;
using Hub.Identifiers;

namespace Hub.Registry;

/// <summary>
/// Every service node of the country (province, city, county, town, village) from the real division files,
/// immutable and compact: codes in one sorted <see cref="long"/> array, names in one UTF-8 blob.
/// Safe to share between threads.
/// </summary>
public sealed class NodeRegistry
{
    private static readonly byte[][] PlaceholderCityNames =
        [.. new[] { "市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划" }.Select(Encoding.UTF8.GetBytes)];

    private readonly long[] codes;
    private readonly int[] nameStarts;
    private readonly byte[] names;
    private readonly int[] countsByLevel;

    private NodeRegistry(long[] codes, int[] nameStarts, byte[] names, int[] countsByLevel, RegistryLoadReport report)
    {
        this.codes = codes;
        this.nameStarts = nameStarts;
        this.names = names;
        this.countsByLevel = countsByLevel;
        LoadReport = report;
    }

    /// <summary>The number of nodes.</summary>
    public int Count => codes.Length;

    /// <summary>The bytes of the registry's tables (codes, name offsets, UTF-8 names, level counts): all it holds per node.</summary>
    public long FootprintBytes =>
        (long)codes.Length * sizeof(long) + (long)nameStarts.Length * sizeof(int) + names.Length + (long)countsByLevel.Length * sizeof(int);

    /// <summary>What loading found: rows per file, folded rows, parent mismatches, orphans, time taken.</summary>
    public RegistryLoadReport LoadReport { get; }

    /// <summary>Loads the five files (provinces … villages .csv.gz) from <paramref name="directory"/>, and the help stations that are nodes of their own.</summary>
    /// <exception cref="NodeRegistryException">A file is missing or malformed; the message names the file and line.</exception>
    public static NodeRegistry Load(string directory, HelpStations? stations = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var builder = new NodeTableBuilder();
        var rows = new int[DivisionFile.All.Count];
        var mismatches = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            (rows[i], var fileMismatches) = DivisionFileReader.Read(directory, DivisionFile.All[i], builder);
            mismatches += fileMismatches;
        }

        // The help stations that are nodes of their own, each under its county; their codes are none of a division's.
        foreach (var (code, name, _) in stations?.All ?? [])
        {
            builder.Add(code.Value, Encoding.UTF8.GetBytes(name), escaped: false);
        }

        var (codes, starts, names) = builder.Build(out var folded);
        var countsByLevel = new int[(int)DivisionLevel.Village + 1];
        var orphans = NodeTableStatistics.Count(codes, countsByLevel);
        var report = new RegistryLoadReport(rows[0], rows[1], rows[2], rows[3], rows[4], folded, mismatches, orphans, stopwatch.Elapsed, stations?.All.Count() ?? 0);
        return new NodeRegistry(codes, starts, names, countsByLevel, report);
    }

    /// <summary>Loads the files shipped with Hub.Grains, from <c>data/divisions</c> under the application's base directory.</summary>
    public static NodeRegistry LoadDefault(HelpStations? stations = null) =>
        Load(Path.Combine(AppContext.BaseDirectory, "data", "divisions"), stations ?? HelpStations.LoadDefault());

    /// <summary>Whether <paramref name="code"/> is a node of the registry.</summary>
    public bool Contains(DivisionCode code) => IndexOf(code.Value) >= 0;

    /// <summary>Finds the node with <paramref name="code"/>.</summary>
    public bool TryGet(DivisionCode code, out ServiceNode node)
    {
        var index = IndexOf(code.Value);
        node = index >= 0 ? new ServiceNode(code, Encoding.UTF8.GetString(NameAt(index)), code.Level) : default;
        return index >= 0;
    }

    /// <summary>The node's own name, e.g. 岚皋县.</summary>
    /// <exception cref="KeyNotFoundException">The code is not in the registry.</exception>
    public string NameOf(DivisionCode code) => Encoding.UTF8.GetString(NameAt(IndexOrThrow(code)));

    /// <summary>
    /// The names from the province down to the node, e.g. 陕西省安康市岚皋县城关镇; placeholder city names
    /// (市辖区, 县, 省直辖县级行政区划 …) of ancestors and missing ancestors are left out; the node's own name is always last.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The code is not in the registry.</exception>
    public string FullNameOf(DivisionCode code)
    {
        var index = IndexOrThrow(code);
        var builder = new StringBuilder(64);
        var previous = -1;
        for (var level = DivisionLevel.Province; level < code.Level; level++)
        {
            var ancestor = IndexOf(code.AncestorAt(level).Value);
            if (ancestor < 0 || ancestor == previous)
            {
                continue;
            }

            previous = ancestor;
            var name = NameAt(ancestor);
            if (level != DivisionLevel.City || !IsPlaceholder(name))
            {
                builder.Append(Encoding.UTF8.GetString(name));
            }
        }

        return builder.Append(Encoding.UTF8.GetString(NameAt(index))).ToString();
    }

    /// <summary>
    /// The node's direct children in code order: the nodes whose nearest ancestor in the registry is this node
    /// (the towns of 东莞市, a city without counties, are its children).
    /// </summary>
    /// <exception cref="KeyNotFoundException">The code is not in the registry.</exception>
    public IReadOnlyList<DivisionCode> ChildrenOf(DivisionCode code)
    {
        var index = IndexOrThrow(code);
        var end = LowerBound(code.Value + DivisionFile.SpanOf(code.Level), index + 1, codes.Length);
        var children = new List<DivisionCode>();
        for (var i = index + 1; i < end;)
        {
            var child = DivisionCode.FromValue(codes[i]);
            children.Add(child);
            i = LowerBound(child.Value + DivisionFile.SpanOf(child.Level), i + 1, end);
        }

        return children;
    }

    /// <summary>The number of nodes at <paramref name="level"/>, by the level of their codes.</summary>
    public int CountAt(DivisionLevel level) =>
        level is >= DivisionLevel.Province and <= DivisionLevel.Village ? countsByLevel[(int)level] : 0;

    private int IndexOf(long value) => Array.BinarySearch(codes, value);

    private int IndexOrThrow(DivisionCode code)
    {
        var index = IndexOf(code.Value);
        return index >= 0 ? index : throw new KeyNotFoundException($"Division {code} is not a node of the registry.");
    }

    private ReadOnlySpan<byte> NameAt(int index) => names.AsSpan(nameStarts[index] + 1, names[nameStarts[index]]);

    private int LowerBound(long value, int from, int to)
    {
        var found = Array.BinarySearch(codes, from, to - from, value);
        return found >= 0 ? found : ~found;
    }

    private static bool IsPlaceholder(ReadOnlySpan<byte> name)
    {
        foreach (var placeholder in PlaceholderCityNames)
        {
            if (name.SequenceEqual(placeholder))
            {
                return true;
            }
        }

        return false;
    }
}
