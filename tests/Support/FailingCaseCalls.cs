using System.Collections.Concurrent;
using Hub.Cases;

namespace Hub.Tests.Support;

/// <summary>
/// A silo filter that fails the next calls of <see cref="ICaseGrain.ApplyDepartmentEvent"/> to chosen cases with a
/// <see cref="TimeoutException"/>, as when the silo holding a case goes away; calls to any other case pass.
/// </summary>
internal sealed class FailingCaseCalls : IIncomingGrainCallFilter
{
    private static readonly ConcurrentDictionary<string, int> Failing = new(StringComparer.Ordinal);

    /// <summary>Fails the next <paramref name="times"/> department events applied to <paramref name="caseId"/>.</summary>
    public static void FailNext(string caseId, int times) => Failing[caseId] = times;

    /// <summary>How many of the failures asked for are still to come.</summary>
    public static int Remaining(string caseId) => Failing.GetValueOrDefault(caseId);

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.Name == nameof(ICaseGrain.ApplyDepartmentEvent)
            && context.TargetId.Key.ToString() is { } caseId
            && Failing.TryGetValue(caseId, out var left) && left > 0
            && Failing.TryUpdate(caseId, left - 1, left))
        {
            throw new TimeoutException($"Case {caseId} did not answer in time (a test failure, {left - 1} more to come).");
        }

        return context.Invoke();
    }
}
