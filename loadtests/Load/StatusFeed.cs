using Confluent.Kafka;
using Hub.Kafka;
using Hub.Kafka.Contracts;
using ProtoBuf;

namespace Hub.LoadTests.Load;

/// <summary>
/// Reads <c>hub.case-events</c> as a regional system would (its own consumer group, from the beginning) and tells the
/// ledger each status change; and <c>hub.certificate-events</c>, telling <paramref name="reuse"/> each certificate
/// the hub has issued.
/// </summary>
internal sealed class StatusFeed(string bootstrap, CaseLedger ledger, CertificateReuse? reuse = null) : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Thread? _thread;
    private long _read;
    private long _unreadable;
    private long _received;
    private long _certificatesRead;

    public long Read => Interlocked.Read(ref _read);

    /// <summary>First status changes read (a case received), which the statistics count as <c>received</c>.</summary>
    public long ReceivedRead => Interlocked.Read(ref _received);

    /// <summary>Messages read from <c>hub.certificate-events</c>.</summary>
    public long CertificatesRead => Interlocked.Read(ref _certificatesRead);

    public long Unreadable => Interlocked.Read(ref _unreadable);

    public void Start()
    {
        _thread = new Thread(Run) { IsBackground = true, Name = "status-feed" };
        _thread.Start();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _thread?.Join(TimeSpan.FromSeconds(10));
        _stop.Dispose();
    }

    private void Run()
    {
        string[] topics = reuse is null ? [HubTopics.CaseEvents()] : [HubTopics.CaseEvents(), HubTopics.CertificateEvents()];
        using var consumer = KafkaRead.Open(bootstrap, "loadtest-status-feed", topics, _stop.Token);
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                if (KafkaRead.Next(consumer, _stop.Token) is not { Message.Value: { } value } record)
                {
                    continue;
                }

                if (record.Topic != HubTopics.CaseEvents())
                {
                    Interlocked.Increment(ref _certificatesRead);
                    CertificateIssued(record.Message.Headers, value);
                    continue;
                }

                Interlocked.Increment(ref _read);
                CaseStatusChanged change;
                try
                {
                    change = Serializer.Deserialize<CaseStatusChanged>(value.AsSpan());
                }
                catch (ProtoException)
                {
                    Interlocked.Increment(ref _unreadable);
                    continue;
                }

                if (change.Status == CaseStatus.Received)
                {
                    Interlocked.Increment(ref _received);
                }

                if (change.CaseId is { } caseId)
                {
                    ledger.OnStatus(caseId, change.Sequence, change.Status);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            consumer.Close();
        }
    }

    private void CertificateIssued(Headers headers, byte[] value)
    {
        if (!headers.TryGetLastBytes(HubHeaders.Type, out var type) || System.Text.Encoding.UTF8.GetString(type) != HubMessageTypes.CertificateStatusChanged)
        {
            return;
        }

        try
        {
            var change = Serializer.Deserialize<CertificateStatusChanged>(value.AsSpan());
            if (change is { Operation: CertificateOperation.Issue, CertificateId: { } id })
            {
                reuse?.OnIssueApplied(id);
            }
        }
        catch (ProtoException)
        {
            Interlocked.Increment(ref _unreadable);
        }
    }
}
