namespace Hub.Identifiers;

/// <summary>The five levels of the statistical division code, from the widest to the narrowest.</summary>
public enum DivisionLevel
{
    Province = 1,
    City = 2,
    County = 3,
    Town = 4,
    Village = 5,
}
