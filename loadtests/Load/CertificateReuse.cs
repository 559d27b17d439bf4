using Hub.LoadTests.Results;

namespace Hub.LoadTests.Load;

/// <summary>
/// The certificates issued in the run, and the submissions that reuse them. The benchmark learns an issued certificate
/// from the played departments' own record — once the broker acknowledged its <c>certificate_issued</c> event — and
/// offers it for reuse only once the status feed showed its case delivered and <c>hub.certificate-events</c> showed
/// the hub applied its issue: the approval and the certificate travel on different keys, so either may be applied
/// first. Each certificate may be reused any number of times, by offers of the plan for its holder's
/// home that name its type for a material; one that no offer takes is counted and left. A reuse refused (a 4xx) is
/// counted with the hub's reason.
/// </summary>
internal sealed class CertificateReuse(CasePlan plan, int issuePercent, int reusePercent)
{
    /// <summary>How the benchmark learns the issued certificates, as the report states it.</summary>
    public const string Source =
        "the played departments' own record: a certificate counts as issued once the broker acknowledged its certificate_issued event, "
        + "and is reused only once the status feed showed its case delivered and hub.certificate-events its issue applied";

    private readonly List<CertificateReuseOffer[]> _ready = [];
    private readonly HashSet<string> _applied = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CertificateReuseOffer[]> _awaitingIssue = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly ErrorSample _refusals = new();
    private long _issued;
    private long _unusable;
    private long _wanted;
    private long _noneReady;
    private long _submitted;
    private long _accepted;
    private long _refused;
    private volatile bool _paused;

    public long Issued => Interlocked.Read(ref _issued);

    public long Reused => Interlocked.Read(ref _accepted);

    /// <summary>The broker took a certificate's <c>certificate_issued</c> event.</summary>
    public void OnIssued() => Interlocked.Increment(ref _issued);

    /// <summary>The case <paramref name="origin"/> that issued <paramref name="certificate"/> was delivered: it may be reused.</summary>
    public void OnReady(CaseOffer origin, IssuedCertificate certificate)
    {
        var uses = plan.UsesOf(origin.Home, certificate.HolderIsOrganisation, certificate.TypeCode);
        if (uses.Count == 0)
        {
            Interlocked.Increment(ref _unusable);
            return;
        }

        var offers = uses.Select(u => new CertificateReuseOffer(u.Offer, u.Material, certificate)).ToArray();
        lock (_gate)
        {
            if (_applied.Remove(certificate.Id))
            {
                _ready.Add(offers);
            }
            else
            {
                _awaitingIssue[certificate.Id] = offers;
            }
        }
    }

    /// <summary><c>hub.certificate-events</c> showed the hub applied the issue of certificate <paramref name="id"/>.</summary>
    public void OnIssueApplied(string id)
    {
        lock (_gate)
        {
            if (_awaitingIssue.Remove(id, out var offers))
            {
                _ready.Add(offers);
            }
            else
            {
                _applied.Add(id);
            }
        }
    }

    /// <summary>
    /// While paused (the memory phase, whose figure is the heap of open cases alone), every submission is an ordinary
    /// one and none is counted here.
    /// </summary>
    public bool Paused
    {
        get => _paused;
        set => _paused = value;
    }

    /// <summary>For the reuse share of submissions, one that reuses a ready certificate; otherwise (or while none is ready) null.</summary>
    public CertificateReuseOffer? Next(Random random)
    {
        if (_paused || random.Next(100) >= reusePercent)
        {
            return null;
        }

        Interlocked.Increment(ref _wanted);
        lock (_gate)
        {
            if (_ready.Count == 0)
            {
                Interlocked.Increment(ref _noneReady);
                return null;
            }

            var offers = _ready[random.Next(_ready.Count)];
            Interlocked.Increment(ref _submitted);
            return offers[random.Next(offers.Length)];
        }
    }

    /// <summary>The hub accepted a submission that reused a certificate.</summary>
    public void OnAccepted() => Interlocked.Increment(ref _accepted);

    /// <summary>The hub refused a submission that reused a certificate, for <paramref name="reason"/>.</summary>
    public void OnRefused(string reason)
    {
        Interlocked.Increment(ref _refused);
        _refusals.Add(reason);
    }

    public CertificateLoad Figures()
    {
        int ready;
        lock (_gate)
        {
            ready = _ready.Count;
        }

        return new CertificateLoad(
            issuePercent, reusePercent, Source, Issued, ready, Interlocked.Read(ref _unusable), Interlocked.Read(ref _wanted),
            Interlocked.Read(ref _noneReady), Interlocked.Read(ref _submitted), Reused, Interlocked.Read(ref _refused), _refusals.Items);
    }
}
