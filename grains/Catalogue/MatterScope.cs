namespace Hub.Catalogue;

/// <summary>Where a matter may be handled across regions (通办范围): which receiving and handling nodes may pair up.</summary>
public enum MatterScope
{
    /// <summary>跨省通办: any receiving node for any handling node.</summary>
    National = 0,

    /// <summary>A named alliance of cities (e.g. 呼包鄂乌): both nodes' cities belong to the alliance.</summary>
    Alliance = 1,

    /// <summary>省内通办: both nodes lie in the same province.</summary>
    Province = 2,

    /// <summary>全市通办: both nodes lie in the same city.</summary>
    City = 3,

    /// <summary>全县通办: both nodes lie in the same county.</summary>
    County = 4,
}
