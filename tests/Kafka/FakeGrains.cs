using System.Collections.Concurrent;
using System.Reflection;
using Hub.Cases;

namespace Hub.Tests.Kafka;

/// <summary>
/// An <see cref="IGrainFactory"/> whose case grains only record the department events offered to them and answer
/// with <see cref="Apply"/>; every other grain call fails. Lets the consumer be tested without a silo.
/// </summary>
internal sealed class FakeGrains
{
    public FakeGrains()
    {
        var factory = DispatchProxy.Create<IGrainFactory, FactoryProxy>();
        ((FactoryProxy)(object)factory).Owner = this;
        Factory = factory;
    }

    public IGrainFactory Factory { get; }

    /// <summary>What a case grain does with an event: return an outcome or throw.</summary>
    public Func<string, DepartmentEvent, int, EventOutcome> Apply { get; set; } = (_, _, _) => EventOutcome.Applied;

    /// <summary>Every call made, as (case id, event), in order.</summary>
    public ConcurrentQueue<(string CaseId, DepartmentEvent Event)> Calls { get; } = new();

    public class FactoryProxy : DispatchProxy
    {
        public FakeGrains Owner { get; set; } = null!;

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod is { Name: nameof(IGrainFactory.GetGrain), IsGenericMethod: true } && targetMethod.GetGenericArguments()[0] == typeof(ICaseGrain) && args?[0] is string key)
            {
                var grain = DispatchProxy.Create<ICaseGrain, CaseGrainProxy>();
                ((CaseGrainProxy)(object)grain).Init(Owner, key);
                return grain;
            }

            throw new NotSupportedException($"The fake grain factory does not do {targetMethod}.");
        }
    }

    public class CaseGrainProxy : DispatchProxy
    {
        private FakeGrains owner = null!;
        private string key = null!;

        public void Init(FakeGrains grains, string caseId) => (owner, key) = (grains, caseId);

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod?.Name != nameof(ICaseGrain.ApplyDepartmentEvent) || args?[0] is not DepartmentEvent evt)
            {
                throw new NotSupportedException($"The fake case grain does not do {targetMethod}.");
            }

            owner.Calls.Enqueue((key, evt));
            try
            {
                return Task.FromResult(owner.Apply(key, evt, owner.Calls.Count(c => c.Event.EventId == evt.EventId)));
            }
            catch (Exception ex)
            {
                return Task.FromException<EventOutcome>(ex);
            }
        }
    }
}
