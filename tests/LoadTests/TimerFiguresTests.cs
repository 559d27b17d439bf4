using Hub.LoadTests.Results;
using Hub.LoadTests.Timers;

namespace Hub.Tests.LoadTests;

public class TimerFiguresTests
{
    private static readonly LatencySummary NoLatency = new(0, 0, 0, 0, 0, 0, 0, []);

    [Fact]
    public void Storage_PerRow_DividesEachSizeByTheRows()
    {
        var storage = new TimerStorage("hubdue", 1000, 81_920, 57_344, 147_456);

        Assert.Equal(81.92, storage.TableBytesPerRow, 3);
        Assert.Equal(57.344, storage.IndexBytesPerRow, 3);
        Assert.Equal(147.456, storage.TotalBytesPerRow, 3);
        Assert.Equal(0, new TimerStorage("hubdue", 0, 8192, 8192, 16384).TotalBytesPerRow);
    }

    [Fact]
    public void Firing_RateCountsToTheLastFiring()
    {
        var run = new FiringRun(10_000, 10_000, 0.4, 2.5);

        Assert.Equal(4000, run.PerSecond, 3);
        Assert.True(run.AllFired);
        Assert.False(new FiringRun(10_000, 9_999, 0.4, 2.5).AllFired);
        Assert.Equal(0, new FiringRun(10, 0, 0, 0).PerSecond);
    }

    [Fact]
    public void Mechanism_HeapPerTimer_IsTheGrowthOverTheTimersArmed()
    {
        var mechanism = Mechanism(heapBefore: 1_000_000, heapAfter: 1_480_000, armed: 2000, armsPerSecond: 1000, firingsPerSecond: 500);

        Assert.Equal(240, mechanism.BytesPerArmedTimer, 3);
    }

    [Fact]
    public void SettingsCeiling_IsOneCheckLimitPerInterval()
    {
        var timers = Figures(checkIntervalSeconds: 15, limit: 5000);

        Assert.Equal(5000 / 15.0, timers.SettingsCeilingPerSecond, 6);
    }

    [Fact]
    public void Choice_NamesReminders_WhenHubDueHoldsMoreMemoryPerTimer()
    {
        var hubDue = Mechanism(0, 500_000, 1000, 2000, 2000);
        var reminders = Mechanism(0, 100_000, 1000, 1000, 1000);

        Assert.StartsWith("Orleans reminders", TimerChoice.Of(hubDue, reminders), StringComparison.Ordinal);
    }

    [Fact]
    public void Choice_NamesHubDue_AndWhatRemindersDidBetter()
    {
        var hubDue = Mechanism(0, 100_000, 1000, 1000, 3000);
        var reminders = Mechanism(0, 900_000, 1000, 2000, 1000);

        var choice = TimerChoice.Of(hubDue, reminders);

        Assert.StartsWith("HubDue", choice, StringComparison.Ordinal);
        Assert.Contains("arms per second", choice, StringComparison.Ordinal);
        Assert.DoesNotContain("firings per second", choice, StringComparison.Ordinal);
    }

    private static TimerMechanism Mechanism(long heapBefore, long heapAfter, long armed, double armsPerSecond, double firingsPerSecond) =>
        new("probe", "memory", null, new Throughput(armed, armed / armsPerSecond, NoLatency), 0, null, null, heapBefore, heapAfter, null,
            new FiringRun(armed, armed, 0, armed / firingsPerSecond));

    private static TimerFigures Figures(double checkIntervalSeconds, int limit)
    {
        var mechanism = Mechanism(0, 0, 1, 1, 1);
        return new TimerFigures("embedded", 1, checkIntervalSeconds, limit, 64, new Throughput(1, 1, NoLatency),
            new CaseTimerFiring(0, new Throughput(0, 0, NoLatency), 0, null, null, null, null, new FiringRun(0, 0, 0, 0)), mechanism, mechanism, "");
    }
}
