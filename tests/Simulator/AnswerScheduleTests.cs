using System.Collections.Concurrent;
using Hub.Simulator;
using Hub.Tests.Support;

namespace Hub.Tests.Simulator;

/// <summary>The one queue the played department lines keep their pending answers in.</summary>
public class AnswerScheduleTests
{
    [Fact]
    public async Task Items_ComeOutInTheOrderOfTheirTime_NotOfTheirScheduling()
    {
        var seen = new ConcurrentQueue<string>();
        using var schedule = new AnswerSchedule<string>(seen.Enqueue, (_, ex) => throw ex, "test-schedule");

        schedule.After(300, "third");
        schedule.After(0, "first");
        schedule.After(150, "second");

        await Eventually.Until(() => Task.FromResult(seen.Count), n => n == 3, what: "all three items to come due");
        Assert.Equal(["first", "second", "third"], seen);
        Assert.Equal(0, schedule.Pending);
    }

    [Fact]
    public async Task AnItemThatFails_IsReported_AndTheNextOneStillComes()
    {
        var seen = new ConcurrentQueue<int>();
        var failures = new ConcurrentQueue<(int Item, string Message)>();
        using var schedule = new AnswerSchedule<int>(
            i => { if (i == 1) { throw new InvalidOperationException("broker gone"); } seen.Enqueue(i); },
            (i, ex) => failures.Enqueue((i, ex.Message)),
            "test-schedule");

        schedule.After(0, 1);
        schedule.After(50, 2);
        schedule.After(50, 3);

        await Eventually.Until(() => Task.FromResult(seen.Count), n => n == 2, what: "the items after the failing one");
        Assert.Equal([(1, "broker gone")], failures);
        Assert.Equal([2, 3], seen.Order());
    }
}
