namespace Hub.Cases;

/// <summary>How the result reaches the applicant (送达).</summary>
public enum DeliveryMethod
{
    /// <summary>An electronic result or certificate, delivered as soon as it is decided.</summary>
    Electronic = 0,

    /// <summary>统一窗口出件: handed over at the receiving window.</summary>
    Window = 1,

    /// <summary>Posted to the applicant.</summary>
    Post = 2,
}
