using Hub.Certificates;

namespace Hub.LoadTests.Certificates;

/// <summary>A certificate the benchmark issues: the grain key (its identifier) and what it is issued with.</summary>
internal sealed record CertificateToIssue(string Id, CertificateIssue Issue);
