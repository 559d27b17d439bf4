using Hub.Cases;
using Hub.Identifiers;

namespace Hub.Routing;

/// <summary>What a window asks to route: a matter, its own node, the applicant's home division and, optionally, a mode and a former home.</summary>
/// <param name="MatterCode">The catalogue code of the matter (JSON field <c>matterCode</c>).</param>
/// <param name="ReceivingNode">The window's node (JSON field <c>receivingNode</c>).</param>
/// <param name="ApplicantHome">The applicant's home division, at least as fine as the matter's competent level (JSON field <c>applicant.home</c>).</param>
/// <param name="Mode">The requested mode (JSON field <c>mode</c>); null for the matter's default.</param>
/// <param name="FormerHome">The region the applicant comes from, for a 多地联办 case (JSON field <c>applicant.formerHome</c>).</param>
public sealed record RouteRequest(string MatterCode, DivisionCode ReceivingNode, DivisionCode ApplicantHome, HandlingMode? Mode, DivisionCode? FormerHome = null);
