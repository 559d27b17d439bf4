using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Hub.Kafka.Contracts;
using Hub.LoadTests.Measure;
using Hub.LoadTests.Results;

namespace Hub.LoadTests.Load;

/// <summary>
/// Every case of the run and what the status feed showed of it: completes lifecycles, measures decision-to-status
/// and lifecycle latency, queues the windows' follow-ups, hands the certificates of delivered cases on for reuse, and at
/// the end accounts for every accepted case.
/// </summary>
internal sealed class CaseLedger(Counters counters, ChannelWriter<WindowAction> actions, CertificateReuse? reuse = null)
{
    private readonly ConcurrentDictionary<string, CaseRecord> _cases = new(StringComparer.Ordinal);
    private long _accepted;
    private long _refused;
    private long _failed;
    private long _delivered;
    private long _decidedTwice;
    private long _repeats;

    public LatencyTrack DecisionToStatus { get; } = new();
    public LatencyTrack Lifecycle { get; } = new();

    public long Delivered => Interlocked.Read(ref _delivered);

    public long Accepted => Interlocked.Read(ref _accepted);

    public CaseRecord? Find(string caseId) => _cases.GetValueOrDefault(caseId);

    /// <summary>The window's submit answered 201.</summary>
    public void Accept(string caseId, CaseOffer offer, long scheduledAt)
    {
        Interlocked.Increment(ref _accepted);
        var record = _cases.GetOrAdd(caseId, static id => new CaseRecord(id));
        List<IssuedCertificate>? ready = null;
        var handover = false;
        lock (record)
        {
            record.Offer = offer;
            record.ScheduledAt = scheduledAt;
            if (record.DeliveredSequence > 0)
            {
                Lifecycle.Record(Stopwatch.GetElapsedTime(scheduledAt));
                (ready, record.Certificates) = (record.Certificates, null);
            }

            // Decided before its 201 came back (an overloaded hub answers late): the window hands the result over now.
            handover = record.DecidedSequence != 0 && record.DeliveredSequence == 0 && offer.Delivery == "Window";
        }

        Ready(offer, ready);
        if (handover)
        {
            actions.TryWrite(new WindowAction(WindowActionKind.Handover, record));
        }
    }

    /// <summary>The broker took the <c>certificate_issued</c> event of <paramref name="certificate"/>, issued for the case.</summary>
    public void CertificateIssued(string caseId, IssuedCertificate certificate)
    {
        reuse?.OnIssued();
        var record = _cases.GetOrAdd(caseId, static id => new CaseRecord(id));
        CaseOffer? delivered = null;
        lock (record)
        {
            if (record.DeliveredSequence > 0 && record.Offer is { } offer)
            {
                delivered = offer;
            }
            else
            {
                (record.Certificates ??= []).Add(certificate);
            }
        }

        Ready(delivered, delivered is null ? null : [certificate]);
    }

    /// <summary>The hub refused a submission (4xx): the plan offered something the hub rightly refuses, or the hub is wrong.</summary>
    public void Refuse() => Interlocked.Increment(ref _refused);

    /// <summary>A call failed without an answer, or with a 5xx.</summary>
    public void Fail() => Interlocked.Increment(ref _failed);

    /// <summary>A department published its decision on the case.</summary>
    public void Decided(string caseId)
    {
        var record = _cases.GetOrAdd(caseId, static id => new CaseRecord(id));
        lock (record)
        {
            record.LastDecisionAt = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>A department asked for <paramref name="material"/> again.</summary>
    public void SupplementAsked(string caseId, string material)
    {
        var record = _cases.GetOrAdd(caseId, static id => new CaseRecord(id));
        lock (record)
        {
            record.RequestedMaterial = material;
        }
    }

    /// <summary>The status feed showed <paramref name="status"/> as the case's change number <paramref name="sequence"/>.</summary>
    public void OnStatus(string caseId, long sequence, CaseStatus status)
    {
        var record = _cases.GetOrAdd(caseId, static id => new CaseRecord(id));
        WindowActionKind? follow = null;
        List<IssuedCertificate>? ready = null;
        lock (record)
        {
            var bit = 1UL << (int)Math.Min(sequence, 63);
            if ((record.SeenSequences & bit) != 0)
            {
                Interlocked.Increment(ref _repeats);
                return;
            }

            record.SeenSequences |= bit;
            switch (status)
            {
                case CaseStatus.SupplementRequested:
                    follow = WindowActionKind.Supplement;
                    break;
                case CaseStatus.Approved or CaseStatus.Rejected when record.DecidedSequence != 0:
                    Interlocked.Increment(ref _decidedTwice);
                    break;
                case CaseStatus.Approved or CaseStatus.Rejected:
                    record.DecidedSequence = (int)sequence;
                    if (record.LastDecisionAt != 0)
                    {
                        DecisionToStatus.Record(Stopwatch.GetElapsedTime(record.LastDecisionAt));
                    }

                    follow = record.Offer?.Delivery == "Window" ? WindowActionKind.Handover : null;
                    break;
                case CaseStatus.Delivered when record.DeliveredSequence != 0:
                    Interlocked.Increment(ref _decidedTwice);
                    break;
                case CaseStatus.Delivered:
                    record.DeliveredSequence = (int)sequence;
                    if (record.Offer is not null)
                    {
                        (ready, record.Certificates) = (record.Certificates, null);
                    }

                    Interlocked.Increment(ref _delivered);
                    counters.Complete();
                    if (record.ScheduledAt != 0)
                    {
                        Lifecycle.Record(Stopwatch.GetElapsedTime(record.ScheduledAt));
                    }

                    // Windows look up some finished cases, and some applicants rate them.
                    var roll = Random.Shared.Next(10);
                    follow = roll < 2 ? WindowActionKind.Read : roll == 2 ? WindowActionKind.Rate : null;
                    break;
            }
        }

        Ready(record.Offer, ready);
        if (follow is { } kind)
        {
            actions.TryWrite(new WindowAction(kind, record));
        }
    }

    private void Ready(CaseOffer? origin, List<IssuedCertificate>? certificates)
    {
        if (origin is null || certificates is null || reuse is null)
        {
            return;
        }

        foreach (var certificate in certificates)
        {
            reuse.OnReady(origin, certificate);
        }
    }

    /// <summary>Every accepted case must have been delivered exactly once.</summary>
    public Accounting Account()
    {
        var missing = _cases.Values.Where(r => r.Offer is not null && r.DeliveredSequence == 0).Select(r => r.CaseId).ToArray();
        return new Accounting(
            Accepted, Interlocked.Read(ref _refused), Interlocked.Read(ref _failed), Delivered, missing.Length,
            Interlocked.Read(ref _decidedTwice), Interlocked.Read(ref _repeats), [.. missing.Take(10)]);
    }
}
