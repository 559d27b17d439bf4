using Hub.Messages;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Hub.Cases;

/// <summary>
/// Publishing a case's outbox, which is written with the state. Messages are removed once the broker acknowledges
/// them; a failed publish is retried with back-off by a timer of this activation. So that no silo failure or
/// deactivation strands them, a reminder — durable, and delivered on any silo — guards the outbox whenever it waits
/// longer than <see cref="CaseOutboxOptions.ReminderAfter"/>, a publish fails, or the case deactivates with messages
/// left; it wakes the case, whose activation publishes what is stored, and is removed, with the emptied outbox
/// written, once everything is out. A healthy transition thus costs one state write and no reminder.
/// </summary>
public sealed partial class CaseGrain : IRemindable
{
    private const string OutboxReminder = "outbox";
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(30);
    private readonly CaseOutboxOptions _outbox = outboxOptions.Value;
    private Task? _flushing;
    private IGrainTimer? _retry;
    private TimeSpan _retryDelay = FirstRetry;
    private bool _guarded;
    private bool _deactivating;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // What is stored may not have left: a previous activation may have died before the broker acknowledged it.
        if (state.State.Outbox.Count > 0)
        {
            StartFlush();
        }

        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _deactivating = true;
        _retry?.Dispose();
        if (state.State.Outbox.Count > 0)
        {
            await Guard();
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == OutboxReminder)
        {
            // The reminder exists: the flush removes it once the outbox is out.
            _guarded = true;
            StartFlush();
        }

        return Task.CompletedTask;
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
        while (state.State.Outbox.Count > 0)
        {
            var batch = state.State.Outbox.ToArray();
            try
            {
                await Publish(batch);
            }
            catch (Exception ex)
            {
                LogPublishFailed(logger, ex, this.GetPrimaryKeyString(), batch.Length, _retryDelay);
                await Guard();
                ScheduleRetry();
                return;
            }

            var sent = batch.Select(m => m.EventId).ToHashSet(StringComparer.Ordinal);
            state.State.Outbox.RemoveAll(m => sent.Contains(m.EventId));
            _retryDelay = FirstRetry;
        }

        await Unguard();
    }

    private async Task Publish(OutboxMessage[] batch)
    {
        var publishing = publisher.PublishAsync(batch, CancellationToken.None);
        if (_guarded)
        {
            await publishing;
            return;
        }

        try
        {
            await publishing.WaitAsync(_outbox.ReminderAfter, time);
        }
        catch (TimeoutException) when (!publishing.IsCompleted)
        {
            // Slower than a healthy broker: stop depending on this activation before waiting on.
            await Guard();
            await publishing;
        }
    }

    private async Task Guard()
    {
        if (_guarded)
        {
            return;
        }

        try
        {
            await this.RegisterOrUpdateReminder(OutboxReminder, _outbox.ReminderPeriod, _outbox.ReminderPeriod);
            _guarded = true;
            LogGuarded(logger, this.GetPrimaryKeyString(), state.State.Outbox.Count);
        }
        catch (Exception ex)
        {
            // The timer still retries while this activation lives; the next failure tries the reminder again.
            LogGuardFailed(logger, ex, this.GetPrimaryKeyString());
        }
    }

    private async Task Unguard()
    {
        // A deactivated activation's late flush must not remove a reminder the next activation relies on.
        if (!_guarded || _deactivating)
        {
            return;
        }

        try
        {
            if (state.RecordExists)
            {
                // Store the emptied outbox, so that no later activation publishes these messages again.
                await _writes.WaitAsync();
                try
                {
                    await state.WriteStateAsync();
                }
                finally
                {
                    _writes.Release();
                }
            }

            if (await this.GetReminder(OutboxReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            _guarded = false;
        }
        catch (Exception ex)
        {
            // The reminder fires again, and that flush tries again.
            LogUnguardFailed(logger, ex, this.GetPrimaryKeyString());
        }
    }

    private void ScheduleRetry()
    {
        if (_deactivating)
        {
            return;
        }

        _retry?.Dispose();
        _retry = this.RegisterGrainTimer(
            static (grain, _) => { grain.StartFlush(); return Task.CompletedTask; },
            this,
            new GrainTimerCreationOptions(_retryDelay, Timeout.InfiniteTimeSpan) { Interleave = true, KeepAlive = true });
        _retryDelay = TimeSpan.FromTicks(Math.Min(_retryDelay.Ticks * 2, LastRetry.Ticks));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: publishing {Count} outbox messages failed; retrying in {Delay}")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string caseId, int count, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: {Count} outbox messages wait for the broker; a reminder guards them")]
    private static partial void LogGuarded(ILogger logger, string caseId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: could not register the outbox reminder")]
    private static partial void LogGuardFailed(ILogger logger, Exception exception, string caseId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: the outbox is out, but storing that or removing its reminder failed; the reminder retries")]
    private static partial void LogUnguardFailed(ILogger logger, Exception exception, string caseId);
}
