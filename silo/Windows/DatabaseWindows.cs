using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Hub.Windows;

/// <summary>
/// Cluster mode: the windows of the database, each lookup's answer (a window, or no window) kept for
/// <see cref="WindowsOptions.CacheFor"/> so that a window's calls are not each a query; a revoked window is refused
/// once its entry expires. Entries are keyed by the key's hash, so the silo holds no key longer than a request.
/// </summary>
public sealed class DatabaseWindows(WindowStore store, IOptions<WindowsOptions> options) : IWindowDirectory, IDisposable
{
    // Bounds what a stream of made-up keys can fill; each entry is about a hundred bytes.
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private readonly TimeSpan _cacheFor = options.Value.CacheFor;

    public async ValueTask<Window?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var hash = WindowKeys.Hash(key);
        var cacheKey = Convert.ToHexString(hash);
        if (_cache.TryGetValue(cacheKey, out Lookup? cached))
        {
            return cached!.Window;
        }

        var window = await store.FindAsync(hash, cancellationToken);
        if (_cacheFor > TimeSpan.Zero)
        {
            _cache.Set(cacheKey, new Lookup(window), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = _cacheFor, Size = 1 });
        }

        return window;
    }

    public void Dispose() => _cache.Dispose();

    private sealed record Lookup(Window? Window);
}
