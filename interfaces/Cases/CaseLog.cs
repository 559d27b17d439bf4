namespace Hub.Cases;

/// <summary>
/// The hub's signature over a case's log as it stood after one write: the chain head (the hash of entry
/// <see cref="Through"/>) was a leaf of a signed batch. The batch's statement (key, time, size and Merkle root) is what
/// the key signed; <see cref="Path"/> leads from the leaf to the root (<c>L:</c> or <c>R:</c> and the sibling's hash,
/// leaf first). Hashes are lower-case hex, the signature base64 of its DER encoding.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.LogSeal")]
public sealed record LogSeal(
    [property: Id(0)] int Through,
    [property: Id(1)] string Head,
    [property: Id(2)] string KeyId,
    [property: Id(3)] DateTimeOffset SignedAt,
    [property: Id(4)] int BatchSize,
    [property: Id(5)] string Root,
    [property: Id(6)] IReadOnlyList<string> Path,
    [property: Id(7)] string Signature);

/// <summary>A case's hand-off log as stored: its timeline entries in order, and the seals over their chain heads.</summary>
[GenerateSerializer, Immutable, Alias("hub.CaseLog")]
public sealed record CaseLog(
    [property: Id(0)] Identifiers.CaseId CaseId,
    [property: Id(1)] IReadOnlyList<TimelineEntry> Entries,
    [property: Id(2)] IReadOnlyList<LogSeal> Seals);
