namespace Hub.Certificates;

/// <summary>
/// What a new issue must pass before anything is stored: its type is in the catalogue and the issuing department
/// line's, and its dates make sense. Shared by the certificate, for an issue on its own, and by the case, which checks
/// every certificate an approval carries before it issues any.
/// </summary>
public static class CertificateIssueRules
{
    /// <summary>Throws <see cref="CertificateRuleException"/> when <paramref name="issue"/> of <paramref name="id"/> may not be issued.</summary>
    public static void Check(CertificateTypeCatalogue types, string id, CertificateIssue issue)
    {
        CheckType(types, id, issue);
        CertificateMachine.CheckNew(id, issue);
    }

    /// <summary>Throws <see cref="CertificateRuleException"/> when the type is unknown or another department line's.</summary>
    public static void CheckType(CertificateTypeCatalogue types, string id, CertificateIssue issue)
    {
        var code = issue.Metadata.TypeCode;
        if (!types.TryGet(code, out var type))
        {
            throw new CertificateRuleException(CertificateRuleCodes.UnknownType, $"Certificate {id}: the certificate type {code} is not in the hub's catalogue of certificate types.");
        }

        if (type.Department != issue.Issued.Department)
        {
            throw new CertificateRuleException(
                CertificateRuleCodes.TypeNotIssuedHere,
                $"Certificate {id}: the certificate type {code} ({type.Name}) is issued by department line '{type.Department}', not by '{issue.Issued.Department}'.");
        }
    }
}
