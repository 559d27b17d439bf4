namespace Hub.Tests.Cluster;

/// <summary>A grain that registers one reminder, so the tests can watch where and when it fires.</summary>
[Alias("Hub.Tests.Cluster.IReminderProbeGrain")]
public interface IReminderProbeGrain : IGrainWithStringKey
{
    /// <summary>Registers the reminder <c>probe</c>, first due after <paramref name="dueTime"/>.</summary>
    [Alias("Register")]
    Task Register(TimeSpan dueTime, TimeSpan period);
}
