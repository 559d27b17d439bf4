using System.IO.Compression;
using System.Text;

namespace Hub.Tests.Registry;

/// <summary>Writes a small set of the five division files to a fresh temporary directory.</summary>
internal sealed class DivisionFilesWriter : IDisposable
{
    private readonly Dictionary<string, string> files = new()
    {
        ["provinces.csv.gz"] = "code,name\n61,\"陕西省\"\n",
        ["cities.csv.gz"] = "code,name,provinceCode\n6109,\"安康市\",61\n",
        ["areas.csv.gz"] = "code,name,cityCode,provinceCode\n610925,\"岚皋县\",6109,61\n",
        ["streets.csv.gz"] = "code,name,areaCode,provinceCode,cityCode\n610925100,\"城关镇\",610925,61,6109\n",
        ["villages.csv.gz"] = "code,name,streetCode,provinceCode,cityCode,areaCode\n610925100001,\"西坡社区居委会\",610925100,61,6109,610925\n",
    };

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("hub-divisions-").FullName;

    /// <summary>Replaces the content of <paramref name="file"/>.</summary>
    public DivisionFilesWriter With(string file, string content)
    {
        files[file] = content;
        return this;
    }

    /// <summary>Appends a line to <paramref name="file"/>.</summary>
    public DivisionFilesWriter Append(string file, string line)
    {
        files[file] += line + "\n";
        return this;
    }

    /// <summary>Writes the files, leaving out <paramref name="omit"/>.</summary>
    public string Write(string? omit = null)
    {
        foreach (var (name, content) in files)
        {
            if (name == omit)
            {
                continue;
            }

            using var gzip = new GZipStream(File.Create(Path.Combine(Directory, name)), CompressionLevel.Fastest);
            gzip.Write(Encoding.UTF8.GetBytes(content));
        }

        return Directory;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
