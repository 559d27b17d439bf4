namespace Hub.Hosting;

/// <summary>How the silos split background work: each takes its place among the active silos, which all order them alike.</summary>
public static class ActiveSilos
{
    /// <summary>This silo's place among the active silos and their number; (0, 0) until it is active itself.</summary>
    public static (int Share, int Shares) Share(IClusterMembershipService membership, ILocalSiloDetails silo)
    {
        var active = membership.CurrentSnapshot.Members.Values
            .Where(m => m.Status == SiloStatus.Active)
            .Select(m => m.SiloAddress)
            .Order()
            .ToList();
        var mine = active.IndexOf(silo.SiloAddress);
        return mine < 0 ? (0, 0) : (mine, active.Count);
    }
}
