using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Hub.Cases;
using Microsoft.Extensions.Options;

namespace Hub.Signing;

/// <summary>
/// Signs chain heads of hand-off logs in batches, as X-Road signs many records with one signature: the first head to
/// come opens a batch, the heads that come within <see cref="SigningOptions.BatchWindow"/> join it, and one ECDSA
/// signature over the batch's Merkle root seals them all; each caller gets its head's seal, with the path to the root.
/// One per silo; the writes waiting on it wait at most the window and one signature.
/// </summary>
public sealed class LogSigner : IDisposable
{
    private readonly Channel<Pending> _heads = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly LogKeys _keys;
    private readonly SigningOptions _options;
    private readonly HubClock _time;
    private readonly Task _loop;
    private long _sealed;
    private long _batches;
    private long _ticks;

    public LogSigner(LogKeys keys, IOptions<SigningOptions> options, HubClock time)
    {
        (_keys, _options, _time) = (keys, options.Value, time);
        _loop = Task.Run(SignAsync);
    }

    /// <summary>What the signer has done since the silo started: heads sealed, signatures made, and the time spent building and signing batches.</summary>
    public Ops.SigningCounts Totals =>
        new(Interlocked.Read(ref _sealed), Interlocked.Read(ref _batches), Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks)).TotalMilliseconds);

    /// <summary>Seals the chain head <paramref name="head"/>, the hash of entry <paramref name="through"/>.</summary>
    public Task<LogSeal> SealAsync(int through, string head)
    {
        var pending = new Pending(through, head, new TaskCompletionSource<LogSeal>(TaskCreationOptions.RunContinuationsAsynchronously));
        return _heads.Writer.TryWrite(pending) ? pending.Seal.Task : Task.FromException<LogSeal>(new ObjectDisposedException(nameof(LogSigner)));
    }

    private async Task SignAsync()
    {
        var reader = _heads.Reader;
        var batch = new List<Pending>();
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            if (_options.BatchWindow > TimeSpan.Zero)
            {
                await Task.Delay(_options.BatchWindow).ConfigureAwait(false);
            }

            while (batch.Count < _options.MaxBatch && reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            Sign(batch);
            batch.Clear();
        }
    }

    private void Sign(List<Pending> batch)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            var (root, paths) = HandOffLog.Tree(batch.ConvertAll(p => p.Head));
            var at = _time.GetUtcNow();
            at = DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds());
            var statement = HandOffLog.Statement(_keys.ActiveId, at, batch.Count, root);
            var signature = Convert.ToBase64String(_keys.Active.SignData(Encoding.UTF8.GetBytes(statement), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
            Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - started);
            Interlocked.Add(ref _sealed, batch.Count);
            Interlocked.Increment(ref _batches);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Seal.TrySetResult(new LogSeal(batch[i].Through, batch[i].Head, _keys.ActiveId, at, batch.Count, root, paths[i], signature));
            }
        }
        catch (Exception ex)
        {
            foreach (var pending in batch)
            {
                pending.Seal.TrySetException(ex);
            }
        }
    }

    public void Dispose()
    {
        _heads.Writer.TryComplete();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private sealed record Pending(int Through, string Head, TaskCompletionSource<LogSeal> Seal);
}
