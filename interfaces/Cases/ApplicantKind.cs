namespace Hub.Cases;

/// <summary>Whether the applicant is a person (citizen ID) or an organisation (unified social credit code).</summary>
public enum ApplicantKind
{
    Person = 0,
    Organisation = 1,
}
