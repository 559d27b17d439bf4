using Hub.Calendars;
using Hub.Cases;
using Hub.Messages;
using Hub.Outbox;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Hub.Certificates;

/// <summary>
/// One e-certificate. Every operation runs the <see cref="CertificateMachine"/> and writes the state once; an event
/// applied before writes nothing. An issued certificate, once stored, is added to its holder and to the expiry index of
/// its valid-to date (<see cref="IExpiryDayGrain"/>) and, for a renewal or change, marks the certificate it replaces — again on every resend of its event, so that a failure between the
/// steps is made good by the sender's retry. Each change is written with its message for <c>hub.certificate-events</c>
/// (<see cref="GrainOutbox{TState}"/>).
/// </summary>
public sealed class CertificateGrain(
    [PersistentState(CertificateGrain.StateName, "certificates")] IPersistentState<CertificateState> state,
    HolderKeys holders,
    CertificateTypeCatalogue types,
    HubClock time) : OutboxGrain<CertificateState>, ICertificateGrain
{
    protected override IPersistentState<CertificateState> OutboxState => state;

    protected override string OutboxStateName => StateName;

    /// <summary>The name the certificate state is stored under.</summary>
    public const string StateName = "certificate";

    private string Id => this.GetPrimaryKeyString();

    public async Task<CertificateView> Issue(CertificateIssue issue)
    {
        if (state.State.Metadata is null)
        {
            // Only a new issue is checked: a resent one was checked when first applied, whatever the catalogue says today.
            CertificateIssueRules.CheckType(types, Id, issue);
        }

        if (CertificateMachine.Issue(state.State, Id, issue))
        {
            await WriteAsync();
        }

        await Holder().AddCertificate(Id);
        if (state.State.Replaces is { } replaced && issue.ReplacedHow is { } how)
        {
            await GrainFactory.GetGrain<ICertificateGrain>(replaced).Replace(Id, issue.Issued with { Operation = how });
        }

        if (state.State.Metadata!.ValidTo is { } validTo)
        {
            // Filed by its valid-to date, so that its expiry is announced on the day after; one issued already past it
            // is announced now.
            await GrainFactory.GetGrain<IExpiryDayGrain>(ExpiryDays.Key(validTo, Id)).Add(Id);
            await Expire();
        }

        return View();
    }

    public async Task<CertificateView> Apply(CertificateChange change)
    {
        var view = await Run(() => CertificateMachine.Apply(state.State, Id, change, time.GetUtcNow()));

        // Again on a resend of the event, so that a case missed before hears of it: the cases apply it once.
        if (view.Status != CertificateStatus.Valid)
        {
            foreach (var caseId in state.State.UsedBy)
            {
                await GrainFactory.Case(caseId.Value).CertificateChanged(Id, view.Status, change.Reason, change.EventId);
            }
        }

        return view;
    }

    public async Task UsedBy(Identifiers.CaseId caseId)
    {
        CertificateMachine.Existing(state.State, Id);
        if (!state.State.UsedBy.Contains(caseId))
        {
            state.State.UsedBy.Add(caseId);
            await WriteAsync();
        }
    }

    public Task<CertificateView> Replace(string replacement, CertificateChange change) =>
        Run(() => CertificateMachine.Replace(state.State, Id, replacement, change, time.GetUtcNow()));

    public async Task<bool> Expire()
    {
        var now = time.GetUtcNow();
        if (state.State.Metadata is null || !CertificateMachine.Expire(state.State, Id, WorkingDays.ChinaDate(now), now))
        {
            return false;
        }

        await WriteAsync();
        return true;
    }

    public Task<CertificateView> GetView() => Task.FromResult(View());

    public async Task<CertificateView> Verify(CertificateVerifier verifier)
    {
        var view = View();
        await Holder().Record(new CertificateUse(
            CertificateUseKind.Verification, Id, verifier.Actor, verifier.Node, time.GetUtcNow(), null, null, "verification", null));
        return view;
    }

    private IHolderGrain Holder() =>
        GrainFactory.GetGrain<IHolderGrain>(holders.For(state.State.Metadata!.HolderIdType, state.State.Metadata.HolderId));

    private async Task<CertificateView> Run(Func<bool> operation)
    {
        if (operation())
        {
            await WriteAsync();
        }

        return View();
    }

    private CertificateView View() => CertificateMachine.ToView(state.State, Id, WorkingDays.ChinaDate(time.GetUtcNow()));
}
