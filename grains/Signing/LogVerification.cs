using System.Security.Cryptography;
using System.Text;
using Hub.Cases;

namespace Hub.Signing;

/// <summary>
/// Checks a case's hand-off log as stored, as an auditor would: the entries' hashes chained again from the first, each
/// seal's head against the chain at its entry, its path to its batch's root, and the signature of that batch by the key
/// it names. Answers each entry's hash as recomputed and every problem found, in words; none means the log verifies.
/// </summary>
public static class LogVerification
{
    public static (IReadOnlyList<string> Hashes, IReadOnlyList<string> Problems) Check(CaseLog log, LogKeys keys)
    {
        var hashes = HandOffLog.Chain(log.CaseId.Value, log.Entries, 1, HandOffLog.Genesis);
        var problems = new List<string>();
        var sealedThrough = 0;
        foreach (var seal in log.Seals)
        {
            var name = $"the seal of {HandOffLog.Time(seal.SignedAt)} over entries 1 to {seal.Through}";
            if (seal.Through < 1 || seal.Through > hashes.Count)
            {
                problems.Add($"{name} covers entries the log does not hold (it holds {hashes.Count}).");
                continue;
            }

            if (hashes[seal.Through - 1] != seal.Head)
            {
                problems.Add($"{name}: the entries chain to {hashes[seal.Through - 1]}, but the head signed was {seal.Head}; an entry from {sealedThrough + 1} to {seal.Through} was changed, or the seal.");
            }

            if (HandOffLog.RootOf(seal.Head, seal.Path) != seal.Root)
            {
                problems.Add($"{name}: its path does not lead from the head to the batch's root {seal.Root}.");
            }

            if (keys.Find(seal.KeyId) is not { } key)
            {
                problems.Add($"{name} is signed by key {seal.KeyId}, which the hub does not know (GET /ops/keys).");
            }
            else if (!Verifies(key, HandOffLog.Statement(seal.KeyId, seal.SignedAt, seal.BatchSize, seal.Root), seal.Signature))
            {
                problems.Add($"{name}: the signature does not verify with key {seal.KeyId}.");
            }

            sealedThrough = Math.Max(sealedThrough, seal.Through);
        }

        if (sealedThrough < hashes.Count)
        {
            problems.Add($"entries {sealedThrough + 1} to {hashes.Count} are under no seal.");
        }

        return (hashes, problems);
    }

    private static bool Verifies(ECDsa key, string statement, string signature)
    {
        try
        {
            return key.VerifyData(Encoding.UTF8.GetBytes(statement), Convert.FromBase64String(signature), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
