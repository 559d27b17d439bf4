namespace Hub.Cases;

/// <summary>What electronic supervision (电子监察, DESIGN §5) did about a case.</summary>
public enum SupervisionKind
{
    /// <summary>预警: the committed deadline is the next working day.</summary>
    Reminder = 1,

    /// <summary>黄牌: the committed deadline passed undecided.</summary>
    YellowCard = 2,

    /// <summary>红牌: the statutory deadline passed undecided.</summary>
    RedCard = 3,

    /// <summary>A card's case was decided (or withdrawn): the card is cleared, and stays on the case's record.</summary>
    CardCleared = 4,

    /// <summary>视为受理: the department neither accepted nor asked for a supplement within 5 working days of the dispatch.</summary>
    DeemedAccepted = 5,

    /// <summary>整改: a bad rating opened a rectification against the responsible node; the deadline is when it is due.</summary>
    RectificationOpened = 6,

    /// <summary>The responsible node recorded what it changed; the deadline is the one it was due by.</summary>
    Rectified = 7,

    /// <summary>A 12345 complaint that the case is taking too long (办理拖延), against the node whose task is open.</summary>
    DelayComplaint = 8,
}
