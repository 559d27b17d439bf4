namespace Hub.Cases;

/// <summary>The stable codes of <see cref="CaseRuleException"/>: for machines (HTTP status, dead-letter reasons), never matched as literals elsewhere.</summary>
public static class CaseRuleCodes
{
    /// <summary>No such case, or one the caller's node is not party to: both answer alike.</summary>
    public const string NotFound = "case-not-found";

    /// <summary>The command or event does not fit the case's state.</summary>
    public const string InvalidTransition = "invalid-transition";

    /// <summary>A department event from a department line the case was not dispatched to.</summary>
    public const string NotDispatched = "not-dispatched";

    /// <summary>A submission for a case id that already holds another case.</summary>
    public const string DuplicateCase = "duplicate-case";

    /// <summary>A step only the receiving node's windows take (supplement, withdrawal, handover, rating), asked by the handling node.</summary>
    public const string ReceivingNodeOnly = "receiving-node-only";

    /// <summary>An approval issues a certificate to a holder who is not the case's applicant.</summary>
    public const string HolderMismatch = "holder-mismatch";

    /// <summary>A command whose input the case refuses (missing supplement materials, a rating out of range).</summary>
    public const string InvalidInput = "invalid-input";

    /// <summary>A rectification step taken by a window of another node than the one responsible (403).</summary>
    public const string ResponsibleNodeOnly = "responsible-node-only";

    /// <summary>A waybill another case already recorded (409).</summary>
    public const string WaybillTaken = "waybill-taken";

    /// <summary>A courier's report for a waybill the case holds no shipment of.</summary>
    public const string NoSuchShipment = "no-such-shipment";
}
