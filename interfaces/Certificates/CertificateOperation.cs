namespace Hub.Certificates;

/// <summary>
/// What moves a certificate (DESIGN §3): <c>01</c> issue, <c>02</c> renew, <c>03</c> suspend, <c>04</c> expire,
/// <c>05</c> cancel / revoke / withdraw / transfer out, <c>06</c> restore, <c>09</c> change. The numeric value is the
/// national operation code; the four kinds of 05 are told apart by name.
/// </summary>
public enum CertificateOperation
{
    /// <summary>01 颁发: issue.</summary>
    Issue = 1,

    /// <summary>02 延续: renewed by a new certificate that names this one.</summary>
    Renew = 2,

    /// <summary>03 暂扣: suspend.</summary>
    Suspend = 3,

    /// <summary>04 失效: expire at its valid-to date.</summary>
    Expire = 4,

    /// <summary>05 注销: cancel.</summary>
    Cancel = 5,

    /// <summary>05 撤销: revoke (annul).</summary>
    Revoke = 51,

    /// <summary>05 吊销: withdraw as a penalty.</summary>
    Withdraw = 52,

    /// <summary>05 转出: transfer out.</summary>
    TransferOut = 53,

    /// <summary>06 恢复: restore after a suspension.</summary>
    Restore = 6,

    /// <summary>09 变更: changed by a new certificate that names this one.</summary>
    Change = 9,
}
