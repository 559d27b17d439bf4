using System.Collections.Concurrent;
using System.Net;

namespace Hub.Progress;

/// <summary>
/// Keeps case ids from being enumerated on the public progress page: a client address that gave
/// <see cref="Allowed"/> wrong ids or codes within <see cref="Window"/> is refused every query until that window has
/// passed since its first miss. Counted per silo; behind a proxy the address is the proxy's unless forwarded headers
/// are configured.
/// </summary>
public sealed class ProgressGuard(TimeProvider time)
{
    /// <summary>Wrong queries one address may make in a window.</summary>
    public const int Allowed = 10;

    /// <summary>How long misses are remembered.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    // Beyond this many addresses, those whose window passed are forgotten before another is remembered.
    private const int Remembered = 100_000;

    private readonly ConcurrentDictionary<IPAddress, Misses> misses = new();

    /// <summary>How long <paramref name="address"/> must wait before its next query, or null when it may query now.</summary>
    public TimeSpan? Refused(IPAddress address)
    {
        var now = time.GetUtcNow();
        if (!misses.TryGetValue(address, out var m))
        {
            return null;
        }

        if (now - m.Since >= Window)
        {
            misses.TryRemove(KeyValuePair.Create(address, m));
            return null;
        }

        return m.Count >= Allowed ? m.Since + Window - now : null;
    }

    /// <summary>Counts a wrong id or code from <paramref name="address"/>.</summary>
    public void Missed(IPAddress address)
    {
        var now = time.GetUtcNow();
        if (misses.Count >= Remembered)
        {
            foreach (var (key, old) in misses)
            {
                if (now - old.Since >= Window)
                {
                    misses.TryRemove(KeyValuePair.Create(key, old));
                }
            }
        }

        misses.AddOrUpdate(address, _ => new Misses(now, 1), (_, m) => now - m.Since >= Window ? new Misses(now, 1) : m with { Count = m.Count + 1 });
    }

    private sealed record Misses(DateTimeOffset Since, int Count);
}
