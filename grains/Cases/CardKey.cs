namespace Hub.Cases;

/// <summary>An open card as <see cref="CaseTally"/> counts it: the province of its node (2 digits), its department line, its colour.</summary>
public readonly record struct CardKey(int Province, string Department, string Colour);
