namespace Hub.Routing;

/// <summary>Why a request cannot be routed, for a problem-details answer to the window.</summary>
/// <param name="Field">The JSON field of the window's request at fault: <c>matterCode</c>, <c>receivingNode</c>, <c>applicant.home</c>,
/// <c>applicant.formerHome</c> or <c>mode</c>.</param>
/// <param name="Code">A stable reason: <c>unknown-matter</c>, <c>unknown-node</c>, <c>not-receivable</c>, <c>not-online</c>, <c>unknown-home</c>,
/// <c>home-too-coarse</c>, <c>no-handling-node</c>, <c>out-of-scope</c>, <c>mode-not-allowed</c>, <c>former-home-required</c>,
/// <c>former-home-not-joint</c> or <c>same-region</c>.</param>
/// <param name="Message">What is wrong and how to fix it, for the person at the window.</param>
public sealed record RouteError(string Field, string Code, string Message);
