using System.Security.Cryptography;

namespace Hub.Tests.Support;

/// <summary>Signing keys for the hand-off logs of test silos: PEM files, as an operator gives them.</summary>
internal static class SigningKeys
{
    private static readonly Lazy<string> Shared = new(() => NewFile());

    /// <summary>The key every cluster silo of the test run signs with, as cluster mode requires one key shared by all.</summary>
    public static string SharedFile => Shared.Value;

    /// <summary>A new ECDSA P-256 private key in a PEM file of its own.</summary>
    public static string NewFile()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var file = Path.Combine(Directory.CreateTempSubdirectory("hub-signing").FullName, "hub-log.pem");
        File.WriteAllText(file, key.ExportPkcs8PrivateKeyPem());
        return file;
    }

    /// <summary>The public key of the private key in <paramref name="file"/>, in a PEM file of its own (a retired key, as an operator keeps it).</summary>
    public static string PublicFile(string file)
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(file));
        var publicFile = Path.Combine(Directory.CreateTempSubdirectory("hub-signing").FullName, "retired.pem");
        File.WriteAllText(publicFile, key.ExportSubjectPublicKeyInfoPem());
        return publicFile;
    }
}
