namespace Hub.Cases;

/// <summary>What became of a department event offered to a case.</summary>
public enum EventOutcome
{
    /// <summary>The event was applied and the new state written.</summary>
    Applied = 0,

    /// <summary>The event id had been applied before; nothing changed.</summary>
    Duplicate = 1,
}
