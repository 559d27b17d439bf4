using Hub.LoadTests.Hosting;

namespace Hub.LoadTests.Load;

/// <summary>One submission a window can make: the matter, the applicant's home and the materials it needs.</summary>
internal sealed record CaseOffer(
    WindowCredential Window,
    string Home,
    string MatterCode,
    string Department,
    string Mode,
    string Delivery,
    bool Organisation,
    IReadOnlyList<string> Materials);
