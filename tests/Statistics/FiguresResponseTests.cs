using Hub.Statistics;

namespace Hub.Tests.Statistics;

/// <summary>The figures the statistics endpoints show, from the counts behind them.</summary>
public sealed class FiguresResponseTests
{
    [Fact]
    public void Satisfaction_IsTheShareOfRatingsFromBasicallySatisfiedUp()
    {
        var figures = FiguresResponse.From(new StatisticsCounts(BasicallySatisfied: 1, Dissatisfied: 1, VerySatisfied: 1, VeryDissatisfied: 1));

        Assert.Equal((4L, 0.5), (figures.Rated, figures.Satisfaction));
    }

    [Fact]
    public void Rates_AreSharesOfTheDecided_AndNullWithNothingToDivideBy()
    {
        var decided = FiguresResponse.From(new StatisticsCounts(Received: 5, Decided: 4, OnTimeCommitted: 3, OnTimeStatutory: 4, WorkingDaysToDecide: 10));
        var none = FiguresResponse.From(new StatisticsCounts(Received: 5));

        Assert.Equal((0.75, 1.0, 2.5), (decided.OnTimeCommittedRate, decided.OnTimeStatutoryRate, decided.AverageWorkingDaysToDecide));
        Assert.Equal((null, null, null, null), (none.OnTimeCommittedRate, none.OnTimeStatutoryRate, none.AverageWorkingDaysToDecide, none.Satisfaction));
    }

    [Fact]
    public void RectificationsOnTime_AreAShareOfThoseDue()
    {
        var figures = FiguresResponse.From(new StatisticsCounts(Dissatisfied: 2, RectificationsDue: 4, RectifiedOnTime: 3));
        var none = FiguresResponse.From(new StatisticsCounts(Dissatisfied: 2));

        Assert.Equal(new RectificationsResponse(4, 3, 0.75), figures.Rectifications);
        Assert.Equal(new RectificationsResponse(0, 0, null), none.Rectifications);
    }
}
