namespace Hub.Api;

/// <summary>A window's submission of a cross-region case.</summary>
/// <param name="MatterCode">The catalogue code of the matter (see <c>GET /api/matters</c>).</param>
/// <param name="Applicant">Who applies.</param>
/// <param name="Materials">The materials handed in: every required material of the matter.</param>
/// <param name="Mode">FullyOnline, ProxyReceipt (default when allowed; FullyOnline at an online hall) or JointHandling.</param>
/// <param name="Delivery">Electronic (default), Window or Post.</param>
/// <param name="ReceivingNode">Optional; when given it must be the window's own node.</param>
/// <param name="Consent">The applicant's consent to use the e-certificates the materials name instead of paper (免提交).</param>
/// <param name="Agent">At a help station, the agent who submits for the applicant (帮办代办), with the power of attorney among the materials.</param>
public sealed record SubmitCaseRequest(
    string? MatterCode,
    ApplicantRequest? Applicant,
    IReadOnlyList<MaterialRequest>? Materials,
    string? Mode,
    string? Delivery,
    string? ReceivingNode,
    ConsentRequest? Consent = null,
    AgentRequest? Agent = null);

/// <summary>The agent (帮办代办员) at a help station who submits for the applicant.</summary>
/// <param name="Id">The agent's citizen ID (GB 11643).</param>
/// <param name="Name">The agent's name as on the ID.</param>
public sealed record AgentRequest(string? Id, string? Name);

/// <summary>The applicant of a submission.</summary>
/// <param name="Kind">person (default) or organisation.</param>
/// <param name="Id">Citizen ID (GB 11643) or unified social credit code (GB 32100).</param>
/// <param name="Name">The applicant's name.</param>
/// <param name="Phone">Optional: the applicant's mainland mobile number (11 digits, 13x to 19x; spaces, hyphens and +86 allowed).</param>
/// <param name="Home">The applicant's registered division (2–12 digits); defaults to the one in the ID.</param>
/// <param name="Notify">How the applicant hears of the case: Sms (the default with a phone), App, or None (declined; the default without one).</param>
/// <param name="FormerHome">For a JointHandling (多地联办) case: the division the applicant comes from (转出地), whose node does the former region's task.</param>
public sealed record ApplicantRequest(string? Kind, string? Id, string? Name, string? Phone, string? Home, string? Notify = null, string? FormerHome = null);

/// <summary>One material: its catalogue code and a reference to the scan or original, or the e-certificate that stands in for it.</summary>
public sealed record MaterialRequest(string? Code, string? Reference, string? Certificate = null);

/// <summary>Materials a department asked for.</summary>
public sealed record SupplementRequest(IReadOnlyList<MaterialRequest>? Materials);

/// <summary>A shipment the window handed to a courier.</summary>
/// <param name="Direction">Originals (to the handling node) or Result (to the applicant).</param>
/// <param name="Carrier">The courier's code, e.g. EMS or SF.</param>
/// <param name="Waybill">The waybill number on the label.</param>
public sealed record ShipmentRequest(string? Direction, string? Carrier, string? Waybill);

/// <summary>Why the applicant withdraws.</summary>
public sealed record WithdrawalRequest(string? Reason);

/// <summary>A 好差评 rating: 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意.</summary>
public sealed record RatingRequest(int? Level, string? Comment, string? Fault = null);

/// <summary>The responsible node's follow-up (回访) of a bad rating.</summary>
public sealed record FollowUpRequest(string? Note);

/// <summary>What the responsible node changed (整改) after a bad rating.</summary>
public sealed record RectificationRequest(string? Measures);
