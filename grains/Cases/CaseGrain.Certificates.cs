using Hub.Certificates;

namespace Hub.Cases;

/// <summary>
/// Issuing the e-certificates an approval carries, before the approval is written. Everything that may refuse one is
/// asked of all of them first — the holder (<see cref="CaseMachine.TakesApproval"/>), the type and dates
/// (<see cref="CertificateIssueRules"/>), an id another event issued — so that a refusal issues none and writes nothing.
/// Each issue then carries its own event id, derived from the approval's, and a certificate applies it once: when the
/// hub fails between the issues and the case's write, the approval comes again (its offset was not committed) and
/// issues what is missing, repeating nothing; once the case is written, the approval is a duplicate and issues nothing.
/// </summary>
public sealed partial class CaseGrain
{
    private async Task IssueCertificates(IReadOnlyList<CertificateToIssue> certificates)
    {
        foreach (var certificate in certificates)
        {
            CertificateIssueRules.Check(types, certificate.Id.ToString(), certificate.Issue);
        }

        await Task.WhenAll(certificates.Select(NotIssuedByAnotherEvent));
        await Task.WhenAll(certificates.Select(c => Certificate(c).Issue(c.Issue)));
    }

    // The certificate would refuse it too, but only after the ones before it were issued.
    private async Task NotIssuedByAnotherEvent(CertificateToIssue certificate)
    {
        CertificateView view;
        try
        {
            view = await Certificate(certificate).GetView();
        }
        catch (CertificateRuleException ex) when (ex.Code == CertificateRuleCodes.NotFound)
        {
            return;
        }

        var issuedBy = view.History[0].EventId;
        if (issuedBy != certificate.Issue.Issued.EventId)
        {
            throw new CertificateRuleException(CertificateRuleCodes.AlreadyIssued, $"Certificate {certificate.Id} was issued already, by event {issuedBy}.");
        }
    }

    private ICertificateGrain Certificate(CertificateToIssue certificate) => GrainFactory.GetGrain<ICertificateGrain>(certificate.Id.ToString());
}
