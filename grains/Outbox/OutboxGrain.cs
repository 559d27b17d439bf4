using Hub.Messages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Outbox;

/// <summary>
/// A grain whose state carries an outbox (<see cref="GrainOutbox{TState}"/>): it publishes what it stored on activation,
/// when the sweeper wakes it, and after each <see cref="WriteAsync"/>; a failed write takes it back to what is stored.
/// </summary>
public abstract class OutboxGrain<TState> : Grain, IOutboxGrain
    where TState : IOutboxState
{
    private GrainOutbox<TState>? _outbox;

    /// <summary>The grain's state, with its outbox.</summary>
    protected abstract IPersistentState<TState> OutboxState { get; }

    /// <summary>The name the state is stored under, by which the storage lists a waiting outbox.</summary>
    protected abstract string OutboxStateName { get; }

    /// <summary>This activation's outbox.</summary>
    protected GrainOutbox<TState> Outbox => _outbox ??= new GrainOutbox<TState>(
        OutboxState,
        ServiceProvider.GetRequiredService<IHubPublisher>(),
        ServiceProvider.GetRequiredService<IOutboxLedger>(),
        OutboxStateName,
        this.GetPrimaryKeyString(),
        DeactivateOnIdle,
        ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(GetType()));

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Outbox.Activated();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        Outbox.Deactivating(cancellationToken);

    public Task PublishOutbox()
    {
        Outbox.Publish();
        return Task.CompletedTask;
    }

    /// <summary>Writes the state with its outbox, then publishes it; after a failed write, nothing of this step is published.</summary>
    protected async Task WriteAsync()
    {
        try
        {
            await OutboxState.WriteStateAsync();
        }
        catch (Exception ex)
        {
            await Outbox.Restore(ex);
            throw;
        }

        Outbox.Stored();
    }
}
