namespace Hub.Certificates;

/// <summary>The stable codes of <see cref="CertificateRuleException"/>.</summary>
public static class CertificateRuleCodes
{
    /// <summary>No certificate with this id was issued.</summary>
    public const string NotFound = "certificate-not-found";

    /// <summary>A certificate with this id was already issued with other metadata.</summary>
    public const string AlreadyIssued = "certificate-already-issued";

    /// <summary>The operation does not fit the certificate's state.</summary>
    public const string InvalidTransition = "certificate-invalid-transition";

    /// <summary>The operation is not one a department sends for an issued certificate (issue, renew, change, expire).</summary>
    public const string InvalidOperation = "certificate-invalid-operation";

    /// <summary>The certificate type code is not in the hub's catalogue of certificate types.</summary>
    public const string UnknownType = "certificate-unknown-type";

    /// <summary>The certificate type is issued by another department line than the one that sent the issue.</summary>
    public const string TypeNotIssuedHere = "certificate-type-not-issued-by-department";

    /// <summary>An operation from a department line other than the one that issued the certificate.</summary>
    public const string WrongDepartment = "certificate-wrong-department";
}
