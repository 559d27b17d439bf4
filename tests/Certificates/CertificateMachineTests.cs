using Hub.Certificates;
using static Hub.Tests.Certificates.CertificateSamples;

namespace Hub.Tests.Certificates;

public sealed class CertificateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static (CertificateState State, string Id) Issued(DateOnly? validTo = null)
    {
        var state = new CertificateState();
        var id = NewId();
        Assert.True(CertificateMachine.Issue(state, id, Issue(validTo)));
        return (state, id);
    }

    [Fact]
    public void Issued_IsValid_WithItsIssueInTheHistory()
    {
        var (state, id) = Issued();

        var view = CertificateMachine.ToView(state, id, Today);

        Assert.Equal(CertificateStatus.Valid, view.Status);
        Assert.Equal(CertificateOperation.Issue, Assert.Single(view.History).Operation);
        Assert.DoesNotContain(view.Metadata.HolderId[4..^4], view.HolderMasked);
        Assert.Equal(1, (int)CertificateStatus.Valid);
        Assert.Equal(7, (int)CertificateStatus.Withdrawn);
    }

    [Theory]
    [InlineData(CertificateOperation.Suspend, CertificateStatus.Suspended)]
    [InlineData(CertificateOperation.Revoke, CertificateStatus.Revoked)]
    [InlineData(CertificateOperation.Cancel, CertificateStatus.Cancelled)]
    [InlineData(CertificateOperation.Withdraw, CertificateStatus.Withdrawn)]
    [InlineData(CertificateOperation.TransferOut, CertificateStatus.TransferredOut)]
    public void Operation_OnAValidCertificate_MovesIt_AndRecordsWhoAndWhy(CertificateOperation operation, CertificateStatus expected)
    {
        var (state, id) = Issued();
        var change = Change(operation, "court order 2026-17");

        Assert.True(CertificateMachine.Apply(state, id, change, Now));

        var last = CertificateMachine.ToView(state, id, Today).History[^1];
        Assert.Equal((expected, operation, "court order 2026-17", change.EventId, "department:natural-resources/officer-3"), (state.Status, last.Operation, last.Reason, last.EventId, last.Actor));
    }

    [Fact]
    public void Suspended_IsRestored_ButARevokedOneIsNot_AndTheRefusalChangesNothing()
    {
        var (state, id) = Issued();
        CertificateMachine.Apply(state, id, Change(CertificateOperation.Suspend), Now);
        CertificateMachine.Apply(state, id, Change(CertificateOperation.Restore), Now);
        Assert.Equal(CertificateStatus.Valid, state.Status);

        CertificateMachine.Apply(state, id, Change(CertificateOperation.Revoke, "issued in error"), Now);
        var history = state.History.Count;
        var refused = Assert.Throws<CertificateRuleException>(() => CertificateMachine.Apply(state, id, Change(CertificateOperation.Restore), Now));

        Assert.Equal(CertificateRuleCodes.InvalidTransition, refused.Code);
        Assert.Contains("Revoked", refused.Message);
        Assert.Equal((CertificateStatus.Revoked, history), (state.Status, state.History.Count));
    }

    [Fact]
    public void SameEvent_Twice_IsAppliedOnce_EvenWhereTheStateWouldTakeItAgain()
    {
        var (state, id) = Issued();
        var suspend = Change(CertificateOperation.Suspend);
        CertificateMachine.Apply(state, id, suspend, Now);
        CertificateMachine.Apply(state, id, Change(CertificateOperation.Restore), Now);

        Assert.False(CertificateMachine.Apply(state, id, suspend, Now));
        Assert.Equal(CertificateStatus.Valid, state.Status);
    }

    [Fact]
    public void AnotherDepartmentLine_MayNotChangeIt()
    {
        var (state, id) = Issued();

        var refused = Assert.Throws<CertificateRuleException>(() => CertificateMachine.Apply(state, id, Change(CertificateOperation.Revoke, department: "tax"), Now));

        Assert.Equal(CertificateRuleCodes.WrongDepartment, refused.Code);
        Assert.Equal(CertificateStatus.Valid, state.Status);
    }

    [Fact]
    public void PastItsValidToDate_ReadsExpired_ByChinasCalendarDate()
    {
        var (state, id) = Issued(validTo: Today);

        Assert.Equal(CertificateStatus.Valid, CertificateMachine.ToView(state, id, Today).Status);
        Assert.Equal(CertificateStatus.Expired, CertificateMachine.ToView(state, id, Today.AddDays(1)).Status);
        var refused = Assert.Throws<CertificateRuleException>(() => CertificateMachine.Apply(state, id, Change(CertificateOperation.Suspend), Now.AddDays(1)));
        Assert.Contains("Expired", refused.Message);
    }

    [Fact]
    public void Renewal_MarksTheOldOneReplaced_WhichThenTakesNoFurtherOperation()
    {
        var (old, id) = Issued();
        var renewed = NewId();

        Assert.True(CertificateMachine.Replace(old, id, renewed, Change(CertificateOperation.Renew), Now));

        var view = CertificateMachine.ToView(old, id, Today);
        Assert.Equal((CertificateStatus.Expired, renewed), (view.Status, view.ReplacedBy));
        var refused = Assert.Throws<CertificateRuleException>(() => CertificateMachine.Apply(old, id, Change(CertificateOperation.Cancel), Now));
        Assert.Contains(renewed, refused.Message);
        Assert.Equal(CertificateRuleCodes.InvalidOperation,
            Assert.Throws<CertificateRuleException>(() => CertificateMachine.Apply(old, id, Change(CertificateOperation.Renew), Now)).Code);
    }

    [Fact]
    public void UnknownCertificate_IsNotFound_AndASecondIssueOfOneIdIsRefused()
    {
        Assert.Equal(CertificateRuleCodes.NotFound,
            Assert.Throws<CertificateRuleException>(() => CertificateMachine.ToView(new CertificateState(), NewId(), Today)).Code);

        var (state, id) = Issued();
        Assert.Equal(CertificateRuleCodes.AlreadyIssued, Assert.Throws<CertificateRuleException>(() => CertificateMachine.Issue(state, id, Issue())).Code);
    }
}
