using System.Security.Cryptography;
using System.Text;
using Confluent.Kafka;
using Hub.Kafka.DeadLetters;
using Hub.Signing;
using Microsoft.Extensions.Options;

namespace Hub.Kafka.Internal;

/// <summary>
/// Checks a line's signature over a message's value bytes (ECDSA P-256, SHA-256, DER, base64 in the
/// <see cref="HubHeaders.Signature"/> header; the key named by <see cref="HubHeaders.SignatureKey"/>, or else each key
/// of the line tried) against the keys registered for the line, and says what proves the message: its digest, and the
/// signature and key that verified it. A key's id is the line's slug, <c>-</c>, and the key's
/// <see cref="EcKeyFiles.Fingerprint"/>.
/// </summary>
internal sealed class DepartmentSignatures : IDisposable
{
    private readonly Dictionary<string, (List<(string Id, ECDsa Key)> Keys, bool Required)> lines = new(StringComparer.Ordinal);

    public DepartmentSignatures(IOptions<DepartmentSignatureOptions> options)
    {
        foreach (var (line, registered) in options.Value.Lines)
        {
            var keys = registered.KeyFiles.Select(EcKeyFiles.Load).Select(key => (KeyId(line, key), key)).ToList();
            lines[line] = (keys, registered.Required);
        }
    }

    /// <summary>The id of <paramref name="key"/> registered for <paramref name="line"/>.</summary>
    public static string KeyId(string line, ECDsa key) => $"{line}-{EcKeyFiles.Fingerprint(key)}";

    /// <summary>
    /// Why the message may not be applied (<c>code: detail</c> with a <see cref="DeadLetterCodes"/> code), or null; and
    /// its evidence for the case's hand-off log: <c>sha256={hex}</c>, then <c> key={id} signature={base64}</c> when signed.
    /// </summary>
    public string? Problem(Message<byte[]?, byte[]?> message, string line, out string evidence)
    {
        var value = message.Value ?? [];
        var digest = SHA256.HashData(value);
        evidence = $"sha256={Convert.ToHexStringLower(digest)}";
        var registered = lines.GetValueOrDefault(line);
        var signature = Header(message, HubHeaders.Signature);
        if (signature is null)
        {
            return registered.Required
                ? $"{DeadLetterCodes.MissingSignature}: line {line} must sign every message; set the {HubHeaders.Signature} header to the base64 of its ECDSA P-256 signature (SHA-256, DER) over the message's value bytes"
                : null;
        }

        byte[] der;
        try
        {
            der = Convert.FromBase64String(signature);
        }
        catch (FormatException)
        {
            return $"{DeadLetterCodes.BadSignature}: the {HubHeaders.Signature} header is not base64; it carries the base64 of the DER signature";
        }

        var named = Header(message, HubHeaders.SignatureKey);
        var candidates = registered.Keys?.Where(k => named is null || k.Id == named).ToList() ?? [];
        if (candidates.Count == 0)
        {
            var known = registered.Keys is { Count: > 0 } keys ? string.Join(", ", keys.Select(k => k.Id)) : "none";
            return $"{DeadLetterCodes.UnknownSigningKey}: the message is signed{(named is null ? "" : $" with key {named}")}, which is not registered for line {line} (registered: {known}); "
                + $"an operator registers the line's public key under {DepartmentSignatureOptions.SectionName}:Lines:{line}:KeyFiles, then redrives this dead letter";
        }

        foreach (var (id, key) in candidates)
        {
            if (key.VerifyHash(digest, der, DSASignatureFormat.Rfc3279DerSequence))
            {
                evidence += $" key={id} signature={signature}";
                return null;
            }
        }

        return $"{DeadLetterCodes.BadSignature}: the signature does not verify over the message's {value.Length} bytes (SHA-256 {Convert.ToHexStringLower(digest)}) with "
            + (named is null ? $"any key of line {line}" : $"key {named}") + "; the message was changed after it was signed, or signed with another key";
    }

    private static string? Header(Message<byte[]?, byte[]?> message, string name) =>
        message.Headers?.TryGetLastBytes(name, out var bytes) == true ? Encoding.UTF8.GetString(bytes) : null;

    public void Dispose()
    {
        foreach (var (keys, _) in lines.Values)
        {
            foreach (var (_, key) in keys)
            {
                key.Dispose();
            }
        }
    }
}
