namespace Hub.Certificates;

/// <summary>How a certificate's holder (持证主体) is identified.</summary>
public enum HolderIdType
{
    /// <summary>A person, by citizen ID (GB 11643).</summary>
    CitizenId = 1,

    /// <summary>An organisation, by unified social credit code (GB 32100).</summary>
    CreditCode = 2,
}
