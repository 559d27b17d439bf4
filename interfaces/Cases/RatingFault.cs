namespace Hub.Cases;

/// <summary>Whose service a bad rating is about, and so who rectifies it.</summary>
public enum RatingFault
{
    /// <summary>The handling: the handling node and its department rectify.</summary>
    Handling = 0,

    /// <summary>The receiving window: the receiving node rectifies.</summary>
    Receiving = 1,
}
