namespace Hub.Hotline;

/// <summary>What a 12345 caller wanted, as the hotline platform files it (诉求类型).</summary>
public enum WorkOrderKind
{
    /// <summary>咨询: a question.</summary>
    Consultation = 1,

    /// <summary>求助: asks for help.</summary>
    Help = 2,

    /// <summary>投诉: a complaint.</summary>
    Complaint = 3,

    /// <summary>建议: a suggestion.</summary>
    Suggestion = 4,

    /// <summary>举报: reports a wrong.</summary>
    Report = 5,
}

/// <summary>Where a work order stands.</summary>
public enum WorkOrderStatus
{
    /// <summary>Routed and sent to the competent node's department; its limit runs.</summary>
    Dispatched = 1,

    /// <summary>The department answered; the hotline's return visit (回访) is awaited.</summary>
    Replied = 2,

    /// <summary>The caller's satisfaction was taken: the order is closed (办结).</summary>
    Closed = 3,
}

/// <summary>The caller's satisfaction at the return visit (回访满意度).</summary>
public enum Satisfaction
{
    /// <summary>满意.</summary>
    Satisfied = 1,

    /// <summary>基本满意.</summary>
    BasicallySatisfied = 2,

    /// <summary>不满意.</summary>
    Dissatisfied = 3,
}

/// <summary>A moment of a work order's supervision.</summary>
public enum WorkOrderNoticeKind
{
    /// <summary>预警: its limit ends today (for an urgent order: it came in today).</summary>
    Reminder = 1,

    /// <summary>黄牌: its limit passed without a reply.</summary>
    YellowCard = 2,

    /// <summary>红牌: still no reply, the hub's further working days after the limit.</summary>
    RedCard = 3,
}
