namespace Hub.Certificates;

/// <summary>
/// The state of an e-certificate, coded as the national ministries' certificate interfaces code it (DESIGN §3). The
/// numeric value is the code: <c>01</c> valid … <c>07</c> withdrawn, <c>99</c> other.
/// </summary>
public enum CertificateStatus
{
    /// <summary>01 有效: valid.</summary>
    Valid = 1,

    /// <summary>02 暂扣: suspended.</summary>
    Suspended = 2,

    /// <summary>03 撤销: revoked (annulled).</summary>
    Revoked = 3,

    /// <summary>04 注销: cancelled.</summary>
    Cancelled = 4,

    /// <summary>05 失效: expired, or replaced by a renewal or a change.</summary>
    Expired = 5,

    /// <summary>06 转出: transferred out.</summary>
    TransferredOut = 6,

    /// <summary>07 吊销: withdrawn as a penalty.</summary>
    Withdrawn = 7,

    /// <summary>99 其他: other, with a reason.</summary>
    Other = 99,
}
