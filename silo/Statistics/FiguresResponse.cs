using Hub.Statistics;

namespace Hub.Statistics;

/// <summary>
/// The figures of a scope and window as the API shows them. Rates are shares from 0 to 1, null when there is nothing
/// to divide by: on time of the cases decided, satisfaction (好评率) the share of ratings 3 to 5 (基本满意 and better;
/// 不满意 and 非常不满意 are the bad ones); delay complaints are 12345 complaints that a case handled there was taking too
/// long, on the day of the call.
/// </summary>
public sealed record FiguresResponse(
    long Received,
    long Decided,
    long OnTimeCommitted,
    double? OnTimeCommittedRate,
    long OnTimeStatutory,
    double? OnTimeStatutoryRate,
    double? AverageWorkingDaysToDecide,
    CardsResponse Cards,
    RatingsResponse Ratings,
    long Rated,
    double? Satisfaction,
    RectificationsResponse Rectifications,
    long DelayComplaints)
{
    public static FiguresResponse From(StatisticsCounts c)
    {
        var rated = c.VeryDissatisfied + c.Dissatisfied + c.BasicallySatisfied + c.Satisfied + c.VerySatisfied;
        return new(
            c.Received, c.Decided,
            c.OnTimeCommitted, Share(c.OnTimeCommitted, c.Decided),
            c.OnTimeStatutory, Share(c.OnTimeStatutory, c.Decided),
            Share(c.WorkingDaysToDecide, c.Decided),
            new CardsResponse(c.YellowCards, c.RedCards),
            new RatingsResponse(c.VerySatisfied, c.Satisfied, c.BasicallySatisfied, c.Dissatisfied, c.VeryDissatisfied),
            rated, Share(c.BasicallySatisfied + c.Satisfied + c.VerySatisfied, rated),
            new RectificationsResponse(c.RectificationsDue, c.RectifiedOnTime, Share(c.RectifiedOnTime, c.RectificationsDue)),
            c.DelayComplaints);
    }

    private static double? Share(long part, long whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);
}

/// <summary>Cards raised (电子监察): yellow when the committed deadline passed undecided, red when the statutory one did.</summary>
public sealed record CardsResponse(long Yellow, long Red);

/// <summary>Ratings (好差评) by level: 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意.</summary>
public sealed record RatingsResponse(long VerySatisfied, long Satisfied, long BasicallySatisfied, long Dissatisfied, long VeryDissatisfied);

/// <summary>
/// Rectifications (整改) after bad ratings that fell due in the window, at the node responsible, and how many of them
/// were recorded by their due date.
/// </summary>
public sealed record RectificationsResponse(long Due, long OnTime, double? OnTimeRate);
