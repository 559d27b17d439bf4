namespace Hub.Nodes;

/// <summary>The part a node plays in a case.</summary>
public enum NodeRole
{
    /// <summary>收件地: its window took the case.</summary>
    Receiving = 0,

    /// <summary>办理地: its department decides the case.</summary>
    Handling = 1,
}
