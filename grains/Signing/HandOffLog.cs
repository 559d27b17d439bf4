using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hub.Cases;

namespace Hub.Signing;

/// <summary>
/// The canonical form of a case's hand-off log (docs/hand-off-log.md), shared by the case that chains and seals it and
/// the API that serves and checks it. An entry's canonical text is UTF-8 lines, each <c>name value\n</c>:
/// <code>
/// hub-log/1 entry
/// case {case id}
/// seq {1, 2, …}
/// at {UTC, yyyy-MM-ddTHH:mm:ss.fffZ}
/// actor {actor}
/// action {action}
/// status {status}
/// detail {detail, escaped}
/// evidence {evidence, escaped}
/// prev {the previous entry's hash; 64 zeros for the first}
/// </code>
/// where escaping writes a backslash as <c>\\</c>, a line feed as <c>\n</c> and a carriage return as <c>\r</c>; the
/// entry's hash is SHA-256 of that text. A batch of chain heads is a Merkle tree (leaf SHA-256(0x00 ‖ head), node
/// SHA-256(0x01 ‖ left ‖ right), an odd node last on its level goes up as it is), and the key signs the batch statement.
/// </summary>
public static class HandOffLog
{
    /// <summary>The hash before the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Canonical(string caseId, int seq, TimelineEntry entry, string previous) =>
        new StringBuilder(256)
            .Append("hub-log/1 entry\n")
            .Append("case ").Append(caseId).Append('\n')
            .Append("seq ").Append(seq.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("at ").Append(Time(entry.At)).Append('\n')
            .Append("actor ").Append(Escape(entry.Actor)).Append('\n')
            .Append("action ").Append(Escape(entry.Action)).Append('\n')
            .Append("status ").Append(entry.Status.ToString()).Append('\n')
            .Append("detail ").Append(Escape(entry.Detail)).Append('\n')
            .Append("evidence ").Append(Escape(entry.Evidence)).Append('\n')
            .Append("prev ").Append(previous).Append('\n')
            .ToString();

    /// <summary>The hash of an entry: SHA-256 of its canonical text, lower-case hex.</summary>
    public static string Hash(string canonical) => Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

    /// <summary>The hashes of <paramref name="entries"/> chained from <paramref name="previous"/>, the first being entry <paramref name="firstSeq"/>.</summary>
    public static List<string> Chain(string caseId, IEnumerable<TimelineEntry> entries, int firstSeq, string previous)
    {
        var hashes = new List<string>();
        var seq = firstSeq;
        foreach (var entry in entries)
        {
            previous = Hash(Canonical(caseId, seq++, entry, previous));
            hashes.Add(previous);
        }

        return hashes;
    }

    /// <summary>The text a key signs for a batch.</summary>
    public static string Statement(string keyId, DateTimeOffset signedAt, int size, string root) =>
        $"hub-log/1 batch\nkey {keyId}\nsigned-at {Time(signedAt)}\nsize {size.ToString(CultureInfo.InvariantCulture)}\nroot {root}\n";

    /// <summary>The time as the canonical form writes it: UTC to the millisecond.</summary>
    public static string Time(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The Merkle root over <paramref name="heads"/>, and each head's path to it.</summary>
    public static (string Root, List<string>[] Paths) Tree(IReadOnlyList<string> heads)
    {
        var paths = new List<string>[heads.Count];
        var position = new int[heads.Count];
        for (var i = 0; i < heads.Count; i++)
        {
            paths[i] = [];
            position[i] = i;
        }

        var level = heads.Select(h => Leaf(h)).ToList();
        while (level.Count > 1)
        {
            var next = new List<byte[]>((level.Count + 1) / 2);
            for (var i = 0; i < level.Count; i += 2)
            {
                next.Add(i + 1 < level.Count ? Node(level[i], level[i + 1]) : level[i]);
            }

            for (var leaf = 0; leaf < heads.Count; leaf++)
            {
                var at = position[leaf];
                if (at % 2 == 1)
                {
                    paths[leaf].Add("L:" + Hex(level[at - 1]));
                }
                else if (at + 1 < level.Count)
                {
                    paths[leaf].Add("R:" + Hex(level[at + 1]));
                }

                position[leaf] = at / 2;
            }

            level = next;
        }

        return (Hex(level[0]), paths);
    }

    /// <summary>The root <paramref name="path"/> leads to from <paramref name="head"/>; null when the path is malformed.</summary>
    public static string? RootOf(string head, IReadOnlyList<string> path)
    {
        try
        {
            var hash = Leaf(head);
            foreach (var step in path)
            {
                var sibling = Convert.FromHexString(step[2..]);
                hash = step.StartsWith("L:", StringComparison.Ordinal) ? Node(sibling, hash)
                    : step.StartsWith("R:", StringComparison.Ordinal) ? Node(hash, sibling)
                    : throw new FormatException(step);
            }

            return Hex(hash);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static byte[] Leaf(string head) => SHA256.HashData([0x00, .. Convert.FromHexString(head)]);

    private static byte[] Node(byte[] left, byte[] right) => SHA256.HashData([0x01, .. left, .. right]);

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    private static string Escape(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
}
