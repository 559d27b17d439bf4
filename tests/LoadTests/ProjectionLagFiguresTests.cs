using Hub.LoadTests.Results;

namespace Hub.Tests.LoadTests;

/// <summary>The benchmark's reading of how far the statistics run behind the status feed, from its samples.</summary>
public sealed class ProjectionLagFiguresTests
{
    [Fact]
    public void TheLag_IsHowLongAgoTheFeedStoodWhereTheStatisticsStandNow()
    {
        // The feed grows 100 cases a second; the statistics show what it showed two seconds earlier; the load stops at 5.
        LagSample[] samples =
        [
            new(0, 0, 0), new(1, 100, 0), new(2, 200, 0), new(3, 300, 100), new(4, 400, 200), new(5, 500, 300),
            new(6, 500, 400), new(7, 500, 500), new(8, 500, 500),
        ];

        var figures = ProjectionLagFigures.From(samples, loadEndedAt: 5);

        Assert.Equal((6, 2.0, 200L), (figures.Samples, figures.MaxSeconds, figures.MaxCasesBehind));
        Assert.Equal((2.0, 2.0), (figures.P50Seconds, figures.P99Seconds));
        Assert.Equal(2.0, figures.CatchUpSeconds);
        Assert.Equal((100.0, 60.0), (figures.FeedPerSecond, figures.CountedPerSecond));
    }

    [Fact]
    public void StatisticsThatKeepPace_AreNotBehind_AndOnesThatNeverCatchUp_SaySo()
    {
        LagSample[] level = [new(0, 0, 0), new(1, 100, 100), new(2, 200, 200)];
        LagSample[] stuck = [new(0, 0, 0), new(1, 100, 50), new(2, 200, 50), new(3, 200, 50)];

        var kept = ProjectionLagFigures.From(level, loadEndedAt: 2);
        var behind = ProjectionLagFigures.From(stuck, loadEndedAt: 2);

        Assert.Equal((0.0, 0L, (double?)0.0), (kept.MaxSeconds, kept.MaxCasesBehind, kept.CatchUpSeconds));
        Assert.Null(behind.CatchUpSeconds);
        Assert.False(behind.CaughtUp);
        Assert.Equal(1.0, behind.MaxSeconds);
    }
}
