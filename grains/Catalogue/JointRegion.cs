namespace Hub.Catalogue;

/// <summary>Where a 多地联办 (JointHandling) task is done: at the applicant's home region, or at the region they come from.</summary>
public enum JointRegion
{
    /// <summary>The applicant's home division (<c>applicant.home</c>) at the matter's competent level: the case's handling node, e.g. 转入地.</summary>
    Home = 0,

    /// <summary>The region the applicant comes from (<c>applicant.formerHome</c>) at the matter's competent level, e.g. 转出地.</summary>
    Former = 1,
}
