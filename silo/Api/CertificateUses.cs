using Hub.Cases;
using Hub.Certificates;

namespace Hub.Api;

/// <summary>
/// E-certificates that stand in for paper materials in a submission (免提交): each must exist, be valid today, belong to
/// the applicant, be of a type that satisfies that material of that matter, and be covered by the applicant's consent.
/// Once the case is stored, each use goes on the holder's log.
/// </summary>
public sealed class CertificateUses(IGrainFactory grains, HolderKeys keys, CertificateTypeCatalogue types, HubClock time)
{
    /// <summary>
    /// A problem naming each material whose certificate cannot be used, or none when all can: then the submission
    /// with what was verified of each certificate on its material.
    /// </summary>
    public async Task<(IResult? Problem, CaseSubmission Verified)> CheckAsync(CaseSubmission submission, ConsentRequest? consent)
    {
        var errors = new InputErrors();
        var materials = submission.Materials.ToArray();
        for (var i = 0; i < materials.Length; i++)
        {
            if (materials[i] is not { Certificate: { } certificate } material)
            {
                continue;
            }

            var (reason, view) = await Refusal(submission, material, certificate, consent);
            if (reason is not null)
            {
                errors.Add($"materials[{i}].certificate", reason);
            }
            else
            {
                materials[i] = material with { Evidence = new CertificateEvidence(certificate, view!.Metadata, view.Status, time.GetUtcNow(), consent?.ToString()) };
            }
        }

        return errors.Any ? (errors.ToProblem(), submission) : (null, submission with { Materials = materials });
    }

    /// <summary>Tells each certificate the stored case uses about it, and writes the use to its holder's log.</summary>
    public async Task RecordAsync(CaseView stored, CaseSubmission submission, ConsentRequest? consent)
    {
        var holder = grains.GetGrain<IHolderGrain>(keys.For(HolderType(submission.Applicant), submission.Applicant.Identifier));
        foreach (var material in submission.Materials.Where(m => m.Certificate is not null))
        {
            await grains.GetGrain<ICertificateGrain>(material.Certificate!).UsedBy(stored.CaseId);
            await holder.Record(new CertificateUse(
                CertificateUseKind.Use, material.Certificate, $"window:{submission.Window}", submission.ReceivingNode, time.GetUtcNow(),
                stored.CaseId, submission.MatterCode, $"{submission.MatterName}: {material.Code}", consent?.ToString()));
        }
    }

    private async Task<(string? Reason, CertificateView? View)> Refusal(CaseSubmission submission, Material material, string certificate, ConsentRequest? consent)
    {
        CertificateView view;
        try
        {
            view = await grains.GetGrain<ICertificateGrain>(certificate).GetView();
        }
        catch (CertificateRuleException ex) when (ex.Code == CertificateRuleCodes.NotFound)
        {
            return ($"No certificate {certificate} was issued: check the identifier, or hand in the paper material.", null);
        }

        return (Refusal(submission, material, certificate, consent, view), view);
    }

    private string? Refusal(CaseSubmission submission, Material material, string certificate, ConsentRequest? consent, CertificateView view)
    {
        var m = view.Metadata;
        if (view.Status != CertificateStatus.Valid)
        {
            var since = view.History.Count > 0 && view.History[^1].Status == view.Status ? view.History[^1] : null;
            var when = since is null ? (m.ValidTo is { } to ? $" (valid to {to:yyyy-MM-dd})" : "") : $" on {since.At:yyyy-MM-dd}{(since.Reason is { } why ? $": {why}" : "")}";
            return $"Certificate {certificate} is {view.Status}{when}, so it cannot stand in for '{material.Code}'; hand in a valid certificate or the paper material.";
        }

        if (m.HolderIdType != HolderType(submission.Applicant) || !string.Equals(m.HolderId, submission.Applicant.Identifier, StringComparison.OrdinalIgnoreCase))
        {
            return $"Certificate {certificate} belongs to another holder than the applicant; only the applicant's own certificates stand in for their materials.";
        }

        if (!types.Satisfies(m.TypeCode, submission.MatterCode, material.Code))
        {
            return $"Type {m.TypeName} ({m.TypeCode}) does not satisfy material '{material.Code}' of matter {submission.MatterCode}; name a certificate of a type that does (GET /api/matters lists them under certificateTypes).";
        }

        if (consent is not { IsComplete: true } || consent.Certificates?.Contains(certificate, StringComparer.OrdinalIgnoreCase) != true)
        {
            return $"Using certificate {certificate} needs the applicant's consent: add \"consent\": {{\"method\": \"{string.Join("\" | \"", ConsentRequest.Methods)}\", \"reference\": \"…\", \"certificates\": [\"{certificate}\"]}}.";
        }

        return null;
    }

    private static HolderIdType HolderType(Applicant applicant) =>
        applicant.Kind == ApplicantKind.Person ? HolderIdType.CitizenId : HolderIdType.CreditCode;
}
