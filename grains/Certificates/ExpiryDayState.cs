namespace Hub.Certificates;

/// <summary>The persisted state of one share of one expiry date.</summary>
[GenerateSerializer, Alias("hub.ExpiryDayState")]
public sealed class ExpiryDayState
{
    [Id(0)] public List<string> Certificates { get; set; } = [];

    /// <summary>Every certificate of the share recorded its expiry (or had ended otherwise): nothing is left to announce.</summary>
    [Id(1)] public bool Announced { get; set; }
}
