using Hub.Messages;
using Microsoft.Extensions.Logging;

namespace Hub.Outbox;

/// <summary>
/// The outbox of one grain activation, written with its state. Only what a successful write stored is published, so no
/// message leaves for a change that did not happen. Once the broker acknowledges a stored outbox, the silo's
/// <see cref="IOutboxLedger"/> records it (in batches), and the storage reads the state back with that outbox gone: a
/// later activation publishes nothing again. Until then the storage lists the grain as waiting, and the sweeper of the
/// silo that owns it calls <see cref="IOutboxGrain.PublishOutbox"/> — after a failed publish, a slow broker, a
/// deactivation or the loss of the silo that wrote it. The sweeper is the one owner of retries; this tries once per call.
/// </summary>
/// <remarks>
/// The grain calls <see cref="Activated"/> from <c>OnActivateAsync</c>, <see cref="Stored"/> after each successful
/// write, <see cref="Restore"/> after a failed one, <see cref="Publish"/> from <c>PublishOutbox</c> and
/// <see cref="Deactivating"/> from <c>OnDeactivateAsync</c>. All calls come on the grain's own scheduler.
/// </remarks>
public sealed partial class GrainOutbox<TState>(
    IPersistentState<TState> state,
    IHubPublisher publisher,
    IOutboxLedger ledger,
    string stateName,
    string key,
    Action drop,
    ILogger logger)
    where TState : IOutboxState
{
    // What the last successful write (or the read on activation) stored, and which of it the broker acknowledged.
    private OutboxMessage[] _stored = [];
    private string? _storedAt;
    private readonly HashSet<string> _acknowledged = new(StringComparer.Ordinal);
    private string? _recordedThrough;
    private Task? _flushing;

    /// <summary>
    /// On activation: what is stored may not have left, since a previous activation may have died before the broker
    /// acknowledged it. An outbox read back empty is not listed as waiting at this version.
    /// </summary>
    public void Activated() => Stored(state.State.Outbox.Count == 0 ? state.Etag : null);

    /// <summary>After a write succeeded: what the state now holds is stored, so it may be published.</summary>
    public void Stored() =>
        // A state stored with an empty outbox is not listed as waiting: the write itself took it off the list.
        Stored(state.State.Outbox.Count == 0 ? state.Etag : null);

    /// <summary>Starts publishing what the stored outbox still holds, if anything.</summary>
    public void Publish() => StartFlush();

    /// <summary>Lets a running flush record its acknowledgement, so the next activation does not publish it again.</summary>
    public async Task Deactivating(CancellationToken cancellationToken)
    {
        if (_flushing is { IsCompleted: false } flushing)
        {
            await flushing.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        }
    }

    /// <summary>After a write failed: go back to what is stored, less what the broker already acknowledged.</summary>
    public async Task Restore(Exception failure)
    {
        LogWriteFailed(logger, failure, stateName, key);
        try
        {
            // The write may have been stored after all (a timeout, a lost answer): whatever storage now holds is what
            // may be published, and its listing must be recorded even if everything in it was acknowledged.
            await state.ReadStateAsync();
            state.State.Outbox.RemoveAll(m => _acknowledged.Contains(m.EventId));
            Stored(recordedThrough: null);
        }
        catch (Exception ex)
        {
            // What this activation holds ran ahead of storage and cannot be put back: the next call starts afresh.
            LogRestoreFailed(logger, ex, stateName, key);
            drop();
        }
    }

    /// <summary>
    /// What the state now holds is what storage holds at its ETag (less what the broker acknowledged), so it may be
    /// published; <paramref name="recordedThrough"/> is the version already known not to be listed as waiting.
    /// </summary>
    private void Stored(string? recordedThrough)
    {
        _stored = [.. state.State.Outbox];
        _storedAt = state.Etag;
        _acknowledged.Clear();
        _recordedThrough = recordedThrough;
        StartFlush();
    }

    private void StartFlush()
    {
        if (_flushing is null || _flushing.IsCompleted)
        {
            _flushing = Flush();
        }
    }

    private async Task Flush()
    {
        try
        {
            while (true)
            {
                // Not state.Etag: storage sets that when a write returns, before the grain has taken in what it stored.
                var etag = _storedAt;
                var batch = Array.FindAll(_stored, m => !_acknowledged.Contains(m.EventId));
                if (batch.Length > 0)
                {
                    try
                    {
                        await publisher.PublishAsync(batch, CancellationToken.None);
                        Acknowledge(batch.Select(m => m.EventId));
                    }
                    catch (PublishIncompleteException partly)
                    {
                        // What the broker took is out: the retry sends only the rest, so nothing reaches a topic twice.
                        Acknowledge(partly.Acknowledged.Where(id => Array.Exists(batch, m => m.EventId == id)));
                        throw;
                    }

                    continue;
                }

                if (etag is null || etag == _recordedThrough)
                {
                    return;
                }

                // Everything stored at this version is out. If the grain was written again meanwhile, go round.
                await ledger.AcknowledgeAsync(stateName, key, etag);
                if (_storedAt == etag)
                {
                    _recordedThrough = etag;
                    return;
                }
            }
        }
        catch (Exception ex)
        {
            // Still listed as waiting: the sweeper calls again.
            LogPublishFailed(logger, ex, stateName, key, _stored.Length - _acknowledged.Count);
        }
    }

    private void Acknowledge(IEnumerable<string> eventIds)
    {
        _acknowledged.UnionWith(eventIds);
        state.State.Outbox.RemoveAll(m => _acknowledged.Contains(m.EventId));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{StateName} {Key}: publishing {Count} outbox messages failed; the outbox sweeper tries again")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string stateName, string key, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{StateName} {Key}: writing its state failed; nothing of that step is published")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string stateName, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{StateName} {Key}: reading its state back after a failed write failed; the activation is dropped")]
    private static partial void LogRestoreFailed(ILogger logger, Exception exception, string stateName, string key);
}
