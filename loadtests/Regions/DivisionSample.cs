using System.IO.Compression;

namespace Hub.LoadTests.Regions;

/// <summary>
/// A seeded random sample of the real division registry (the files the hub loads): counties, towns and villages, each
/// with its name, from which the benchmark picks its windows' nodes and its applicants' home divisions.
/// </summary>
internal sealed class DivisionSample
{
    private DivisionSample(IReadOnlyList<Division> counties, IReadOnlyList<Division> towns, IReadOnlyList<Division> villages)
    {
        Counties = counties;
        Towns = towns;
        Villages = villages;
    }

    public IReadOnlyList<Division> Counties { get; }
    public IReadOnlyList<Division> Towns { get; }
    public IReadOnlyList<Division> Villages { get; }

    /// <summary>Reservoir-samples <paramref name="perLevel"/> divisions of each level from <paramref name="directory"/>.</summary>
    public static DivisionSample Load(string directory, int perLevel, Random random) => new(
        Reservoir(Path.Combine(directory, "areas.csv.gz"), perLevel, random),
        Reservoir(Path.Combine(directory, "streets.csv.gz"), perLevel, random),
        Reservoir(Path.Combine(directory, "villages.csv.gz"), perLevel, random));

    private static List<Division> Reservoir(string path, int size, Random random)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The division file {path} is missing; it is copied into the load tests' output from data/divisions.", path);
        }

        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        reader.ReadLine();
        var sample = new List<Division>(size);
        var seen = 0;
        while (reader.ReadLine() is { } line)
        {
            seen++;
            var slot = sample.Count < size ? sample.Count : random.Next(seen);
            if (slot < size)
            {
                var fields = line.Split(',', 3);
                var division = new Division(fields[0], fields[1].Trim('"'));
                if (slot == sample.Count)
                {
                    sample.Add(division);
                }
                else
                {
                    sample[slot] = division;
                }
            }
        }

        return sample;
    }
}

/// <summary>A division's code as the registry file has it (6, 9 or 12 digits) and its name.</summary>
internal sealed record Division(string Code, string Name)
{
    public string County => Code[..6];
    public string Province => Code[..2];
}
