namespace Hub.Cases;

/// <summary>
/// The applicant of a case. <see cref="Identifier"/> is already checked (GB 11643 or GB 32100); <see cref="Phone"/>, when
/// given, is a mainland mobile number of 11 digits (<see cref="Identifiers.MobileNumber"/>); <see cref="Notify"/> is how
/// the applicant chose to hear of the case (never without a phone).
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Applicant")]
public sealed record Applicant(
    [property: Id(0)] ApplicantKind Kind,
    [property: Id(1)] string Identifier,
    [property: Id(2)] string Name,
    [property: Id(3)] string? Phone,
    [property: Id(4)] NotifyBy Notify = NotifyBy.None)
{
    // A record prints its members: in a log line or an exception message, never the identifier or the number in full.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"Kind = {Kind}, Identifier = {Identifiers.PersonalData.Mask(Identifier)}, Name = {Name}, ");
        builder.Append($"Phone = {(Phone is null ? "" : Identifiers.MobileNumber.Mask(Phone))}, Notify = {Notify}");
        return true;
    }
}
