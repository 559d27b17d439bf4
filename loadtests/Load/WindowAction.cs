namespace Hub.LoadTests.Load;

/// <summary>What a window does in answer to the status feed: supplement, hand over, read the status, rate.</summary>
internal enum WindowActionKind
{
    Supplement,
    Handover,
    Read,
    Rate,
}

/// <summary>A window's follow-up on one case.</summary>
internal readonly record struct WindowAction(WindowActionKind Kind, CaseRecord Case);
