namespace Hub.Ops;

/// <summary>
/// One silo as <c>GET /ops/cluster</c> shows it: a row of the membership table and, for an active silo that answered,
/// how many grains it has activated, by grain class (<c>CaseGrain</c>, <c>ServiceNodeGrain</c>, …); null for the others.
/// </summary>
public sealed record ClusterSiloView(
    string Address, int Generation, string Name, string Host, string Status, int GatewayPort,
    DateTime StartedAt, DateTime LastHeartbeat, int Suspicions, IReadOnlyDictionary<string, int>? Activations)
{
    public static ClusterSiloView From(MembershipEntry entry, IReadOnlyDictionary<string, int>? activations) => new(
        entry.SiloAddress.Endpoint.ToString(), entry.SiloAddress.Generation, entry.SiloName, entry.HostName, entry.Status.ToString(), entry.ProxyPort,
        entry.StartTime, entry.IAmAliveTime, entry.SuspectTimes?.Count ?? 0, activations);
}
