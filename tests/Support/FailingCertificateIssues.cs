using System.Collections.Concurrent;
using Hub.Certificates;

namespace Hub.Tests.Support;

/// <summary>
/// A silo filter that fails the next calls of <see cref="ICertificateGrain.Issue"/> to chosen certificates with a
/// <see cref="TimeoutException"/>, as when the silo holding one goes away; calls to any other certificate pass.
/// </summary>
internal sealed class FailingCertificateIssues : IIncomingGrainCallFilter
{
    private static readonly ConcurrentDictionary<string, int> Failing = new(StringComparer.Ordinal);

    /// <summary>Fails the next <paramref name="times"/> issues of <paramref name="certificateId"/>.</summary>
    public static void FailNext(string certificateId, int times) => Failing[certificateId] = times;

    /// <summary>How many of the failures asked for are still to come.</summary>
    public static int Remaining(string certificateId) => Failing.GetValueOrDefault(certificateId);

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.Name == nameof(ICertificateGrain.Issue)
            && context.TargetId.Key.ToString() is { } id
            && Failing.TryGetValue(id, out var left) && left > 0
            && Failing.TryUpdate(id, left - 1, left))
        {
            throw new TimeoutException($"Certificate {id} did not answer in time (a test failure, {left - 1} more to come).");
        }

        return context.Invoke();
    }
}
