namespace Hub.Kafka;

/// <summary>
/// The hub's topic names (DESIGN §4, Kafka). Every name takes the configured topic prefix
/// (<see cref="KafkaOptions.TopicPrefix"/>, empty by default) in front.
/// </summary>
public static class HubTopics
{
    /// <summary>The slugs of the department lines the hub dispatches to.</summary>
    public static IReadOnlyList<string> Departments { get; } =
    [
        "public-security", "civil-affairs", "human-resources", "medical-insurance", "natural-resources",
        "housing", "market-regulation", "tax", "health", "transport", "education",
    ];

    /// <summary>Whether <paramref name="department"/> is one of <see cref="Departments"/>.</summary>
    public static bool IsDepartment(string? department) => department is not null && Departments.Contains(department, StringComparer.Ordinal);

    /// <summary><c>hub.dispatch.&lt;dept&gt;</c>: tasks from the hub to a department.</summary>
    public static string Dispatch(string department, string prefix = "") => $"{prefix}hub.dispatch.{department}";

    /// <summary><c>dept.&lt;dept&gt;.events</c>: events from a department to the hub.</summary>
    public static string DepartmentEvents(string department, string prefix = "") => $"{prefix}dept.{department}.events";

    /// <summary><c>hub.case-events</c>: the status feed of every case.</summary>
    public static string CaseEvents(string prefix = "") => prefix + "hub.case-events";

    /// <summary><c>hub.certificate-events</c>: every state change of every e-certificate, and every use of one.</summary>
    public static string CertificateEvents(string prefix = "") => prefix + "hub.certificate-events";

    /// <summary><c>hub.supervision</c>: reminders, cards and deemed acceptances of every case.</summary>
    public static string Supervision(string prefix = "") => prefix + "hub.supervision";

    /// <summary>The line the couriers' reports are consumed and dead-lettered as (the <c>hub-dl-department</c> of their dead letters).</summary>
    public const string LogisticsLine = "logistics";

    /// <summary><c>logistics.events</c>: couriers' reports of shipments, keyed by waybill.</summary>
    public static string Logistics(string prefix = "") => prefix + "logistics.events";

    /// <summary>The line the hotline platform's orders and return visits are consumed and dead-lettered as.</summary>
    public const string HotlineLine = "hotline";

    /// <summary><c>hotline.orders</c>: the 12345 platform's work orders and return visits, keyed by order id.</summary>
    public static string HotlineOrders(string prefix = "") => prefix + "hotline.orders";

    /// <summary><c>hub.work-orders</c>: the status feed of every 12345 work order, and its reminders and cards.</summary>
    public static string WorkOrders(string prefix = "") => prefix + "hub.work-orders";

    /// <summary><c>hub.notifications</c>: what to tell each case's applicant, for the SMS and app gateways.</summary>
    public static string Notifications(string prefix = "") => prefix + "hub.notifications";

    /// <summary><c>hub.catalogue-changes</c>: each revision of a matter a recorded change set made, keyed by matter code.</summary>
    public static string CatalogueChanges(string prefix = "") => prefix + "hub.catalogue-changes";

    /// <summary><c>hub.dead-letters</c>: department messages the hub could not apply, with the reason in headers.</summary>
    public static string DeadLetters(string prefix = "") => prefix + "hub.dead-letters";
}
