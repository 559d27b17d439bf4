using Hub.Certificates;
using Hub.Identifiers;

namespace Hub.Cases;

/// <summary>
/// The e-certificates an approval issues, as the case sees them: each must be held by the case's applicant (the
/// holder's id type and id are the applicant's kind and identifier), and each is shown on the case once approved.
/// </summary>
internal static class ApprovalCertificates
{
    /// <summary>Throws <see cref="CaseRuleException"/> (<see cref="CaseRuleCodes.HolderMismatch"/>) for the first certificate another holder would hold.</summary>
    public static void CheckHolders(CaseSubmission submission, DepartmentEvent evt)
    {
        var applicant = submission.Applicant;
        var applicantType = applicant.Kind == ApplicantKind.Person ? HolderIdType.CitizenId : HolderIdType.CreditCode;
        foreach (var certificate in evt.IssuedCertificates ?? [])
        {
            var holder = certificate.Issue.Metadata;
            if (holder.HolderIdType != applicantType || !string.Equals(holder.HolderId, applicant.Identifier, StringComparison.OrdinalIgnoreCase))
            {
                // Both are personal identifiers: masked, as everywhere.
                throw new CaseRuleException(
                    CaseRuleCodes.HolderMismatch,
                    $"Certificate {certificate.Id} would be held by {holder.HolderIdType} {PersonalData.Mask(holder.HolderId)}, but the applicant of case "
                    + $"{submission.CaseId} is {applicantType} {PersonalData.Mask(applicant.Identifier)}: a certificate issued with an approval belongs to the case's applicant.");
            }
        }
    }

    /// <summary>Adds the approval's certificates to the case and notes each on its timeline.</summary>
    public static void Record(CaseState state, DepartmentEvent evt, string actor)
    {
        foreach (var certificate in evt.IssuedCertificates ?? [])
        {
            var id = certificate.Id.ToString();
            state.Certificates.Add(id);
            state.Timeline.Add(new TimelineEntry(evt.OccurredAt, actor, "certificate-issued", state.Status, $"{id} {certificate.Issue.Metadata.TypeName}"));
        }
    }
}
