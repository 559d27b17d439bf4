namespace Hub.Ops;

/// <summary>One silo as <c>GET /ops/cluster</c> shows it: a row of the membership table.</summary>
public sealed record ClusterSiloView(
    string Address, int Generation, string Name, string Host, string Status, int GatewayPort,
    DateTime StartedAt, DateTime LastHeartbeat, int Suspicions)
{
    public static ClusterSiloView From(MembershipEntry entry) => new(
        entry.SiloAddress.Endpoint.ToString(), entry.SiloAddress.Generation, entry.SiloName, entry.HostName, entry.Status.ToString(), entry.ProxyPort,
        entry.StartTime, entry.IAmAliveTime, entry.SuspectTimes?.Count ?? 0);
}
