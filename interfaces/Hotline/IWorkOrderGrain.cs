namespace Hub.Hotline;

/// <summary>
/// One 12345 work order (key: its order id): routed and dispatched on receipt, its limit watched with a durable timer,
/// closed by the department's reply and the caller's satisfaction. Each step is written with the messages it sends.
/// </summary>
[Alias("hub.IWorkOrderGrain")]
public interface IWorkOrderGrain : Messages.IOutboxGrain, Messages.IDueGrain
{
    /// <summary>Takes the order: routes it, dispatches it to the department, starts its limit; a resend changes nothing.</summary>
    [Alias("Receive")]
    Task<WorkOrderView> Receive(HotlineOrder order);

    /// <summary>The department's reply; a repeat of the same event changes nothing.</summary>
    [Alias("ApplyReply")]
    Task<WorkOrderView> ApplyReply(WorkOrderReply reply);

    /// <summary>The caller's satisfaction, which closes the order; a repeat of the same event changes nothing.</summary>
    [Alias("ApplyFeedback")]
    Task<WorkOrderView> ApplyFeedback(WorkOrderFeedback feedback);

    /// <summary>The order, or null when no order of this id was received.</summary>
    [Alias("Get")]
    Task<WorkOrderView?> Get();
}
