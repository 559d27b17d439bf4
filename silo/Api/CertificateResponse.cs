using Hub.Certificates;

namespace Hub.Api;

/// <summary>A certificate as a verifying window reads it.</summary>
public sealed record CertificateResponse(
    string CertificateId,
    CertificateStateResponse State,
    DateOnly AsOf,
    CertificateTypeRef Type,
    string Number,
    IssuerRef Issuer,
    DateOnly IssuedOn,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    HolderRef Holder,
    string? Replaces,
    string? ReplacedBy,
    string? IssuingCase,
    string FileDigest)
{
    public static CertificateResponse From(CertificateView view) => new(
        view.CertificateId, CertificateStateResponse.From(view), view.AsOf,
        new CertificateTypeRef(view.Metadata.TypeCode, view.Metadata.TypeName), view.Metadata.Number,
        new IssuerRef(view.Metadata.IssuerCode, view.Metadata.IssuerName), view.Metadata.IssuedOn, view.Metadata.ValidFrom,
        view.Metadata.ValidTo, new HolderRef(view.HolderMasked, view.Metadata.HolderName, view.Metadata.HolderIdType),
        view.Replaces, view.ReplacedBy, view.IssuingCase?.Value, view.Metadata.FileDigest);
}

/// <summary>
/// A certificate's state: the national two-digit code, its name, the state in words, and since when and why (the
/// operation that put it there; for an expiry, its valid-to date).
/// </summary>
public sealed record CertificateStateResponse(string Code, CertificateStatus Name, string Words, DateTimeOffset? Since, string? Reason)
{
    public static CertificateStateResponse From(CertificateView view)
    {
        var status = view.Status;
        var last = view.History.Count > 0 && view.History[^1].Status == status ? view.History[^1] : null;
        var reason = last?.Reason ?? (status == CertificateStatus.Expired && view.Metadata.ValidTo is { } to && last is null ? $"valid to {to:yyyy-MM-dd}" : null);
        return new(((int)status).ToString("00", System.Globalization.CultureInfo.InvariantCulture), status, InWords(status), last?.At, reason);
    }

    private static string InWords(CertificateStatus status) => status switch
    {
        CertificateStatus.Valid => "有效 valid",
        CertificateStatus.Suspended => "暂扣 suspended",
        CertificateStatus.Revoked => "撤销 revoked",
        CertificateStatus.Cancelled => "注销 cancelled",
        CertificateStatus.Expired => "失效 expired or replaced",
        CertificateStatus.TransferredOut => "转出 transferred out",
        CertificateStatus.Withdrawn => "吊销 withdrawn as a penalty",
        _ => "其他 other",
    };
}

/// <summary>A certificate type by code and name.</summary>
public sealed record CertificateTypeRef(string Code, string Name);

/// <summary>The issuing body by credit code and name.</summary>
public sealed record IssuerRef(string Code, string Name);

/// <summary>The holder, with the identifier masked.</summary>
public sealed record HolderRef(string Id, string Name, HolderIdType IdType);
