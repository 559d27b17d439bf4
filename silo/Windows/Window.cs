using Hub.Identifiers;

namespace Hub.Windows;

/// <summary>An authenticated window: who it is and which node it acts for.</summary>
public sealed record Window(string Id, DivisionCode Node, string Name);
