namespace Hub.Cases;

/// <summary>The three modes of cross-region handling (国办发〔2020〕35号).</summary>
public enum HandlingMode
{
    /// <summary>全程网办: handled online end to end.</summary>
    FullyOnline = 0,

    /// <summary>异地代收代办: the receiving window takes the materials and forwards them.</summary>
    ProxyReceipt = 1,

    /// <summary>多地联办: several departments or regions each handle a part.</summary>
    JointHandling = 2,
}
