using Hub.Cases;
using Hub.Identifiers;
using Hub.Signing;
using Hub.Tests.Support;
using Microsoft.Extensions.Options;

namespace Hub.Tests.Trust;

/// <summary>
/// The hub's signing keys and its batch signer: a log sealed by a key since retired still verifies once the retired
/// key's public key is kept, and not without it; heads that come together share one signature, each with its own path.
/// </summary>
public sealed class LogKeyRotationTests
{
    private static readonly CaseId Case = CaseId.Parse("610925-20261203-R0TATE00000G");

    [Fact]
    public async Task ALogSealedBeforeARotation_StillVerifies_WithTheRetiredPublicKey_AndNotWithoutIt()
    {
        var (first, second) = (SigningKeys.NewFile(), SigningKeys.NewFile());
        var entries = new List<TimelineEntry> { Entry("submitted"), Entry("dispatched") };
        var seals = new List<LogSeal>();
        using (var before = new LogKeys(Options(first)))
        using (var signer = new LogSigner(before, Options(first), HubClock.System))
        {
            seals.Add(await signer.SealAsync(2, HandOffLog.Chain(Case.Value, entries, 1, HandOffLog.Genesis)[^1]));
        }

        // Rotated: the new key signs; the old one is kept by its public key only.
        using var after = new LogKeys(Options(second, SigningKeys.PublicFile(first)));
        entries.Add(Entry("accepted"));
        using (var signer = new LogSigner(after, Options(second), HubClock.System))
        {
            seals.Add(await signer.SealAsync(3, HandOffLog.Chain(Case.Value, entries.Skip(2), 3, seals[0].Head)[^1]));
        }

        var log = new CaseLog(Case, entries, seals);
        Assert.Empty(LogVerification.Check(log, after).Problems);
        Assert.NotEqual(seals[0].KeyId, seals[1].KeyId);
        Assert.Equal([(seals[1].KeyId, true), (seals[0].KeyId, false)], after.All.Select(k => (k.KeyId, k.Active)).ToArray());

        using var forgetful = new LogKeys(Options(second));
        var problem = Assert.Single(LogVerification.Check(log, forgetful).Problems);
        Assert.Contains($"signed by key {seals[0].KeyId}, which the hub does not know", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeadsThatComeTogether_ShareOneSignature_EachWithAPathToItsRoot()
    {
        var file = SigningKeys.NewFile();
        var options = Options(file, window: TimeSpan.FromMilliseconds(50));
        using var keys = new LogKeys(options);
        using var signer = new LogSigner(keys, options, HubClock.System);
        var heads = Enumerable.Range(0, 100).Select(i => HandOffLog.Hash($"head {i}")).ToArray();

        var seals = await Task.WhenAll(heads.Select(h => signer.SealAsync(1, h)));

        Assert.Contains(seals, s => s.BatchSize > 1);
        Assert.True(signer.Totals.Signatures < heads.Length, $"{signer.Totals.Signatures} signatures for {heads.Length} heads");
        foreach (var (seal, head) in seals.Zip(heads))
        {
            Assert.Equal(head, seal.Head);
            Assert.Equal(seal.Root, HandOffLog.RootOf(head, seal.Path));
            var statement = System.Text.Encoding.UTF8.GetBytes(HandOffLog.Statement(seal.KeyId, seal.SignedAt, seal.BatchSize, seal.Root));
            Assert.True(keys.Active.VerifyData(statement, Convert.FromBase64String(seal.Signature), System.Security.Cryptography.HashAlgorithmName.SHA256,
                System.Security.Cryptography.DSASignatureFormat.Rfc3279DerSequence));
        }
    }

    private static TimelineEntry Entry(string action) =>
        new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(8)), "hub", action, CaseStatus.Received, $"{action} detail\nwith a line feed");

    private static IOptions<SigningOptions> Options(string keyFile, string? retired = null, TimeSpan? window = null) =>
        Microsoft.Extensions.Options.Options.Create(new SigningOptions
        {
            KeyFile = keyFile,
            RetiredKeyFiles = retired is null ? [] : [retired],
            BatchWindow = window ?? TimeSpan.Zero,
        });
}
