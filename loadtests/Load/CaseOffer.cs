using Hub.LoadTests.Hosting;

namespace Hub.LoadTests.Load;

/// <summary>
/// One submission a window can make: the matter, the applicant's home and the materials it needs; for a JointHandling
/// case the region the applicant comes from. <see cref="MultiTask"/>: the case has more than one task (a 一件事 bundle, or
/// tasks at two nodes).
/// </summary>
internal sealed record CaseOffer(
    WindowCredential Window,
    string Home,
    string MatterCode,
    string Department,
    string Mode,
    string Delivery,
    bool Organisation,
    IReadOnlyList<string> Materials,
    string? FormerHome = null,
    bool MultiTask = false);
