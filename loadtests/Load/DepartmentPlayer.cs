using System.Diagnostics;
using System.Text;
using Confluent.Kafka;
using Hub.Kafka;
using Hub.Kafka.Contracts;
using Hub.Simulator;
using ProtoBuf;

namespace Hub.LoadTests.Load;

/// <summary>
/// Plays all department lines as outside systems do, through Kafka only: reads <c>hub.dispatch.&lt;dept&gt;</c>, and
/// after a delay publishes TaskAccepted, then a decision, to <c>dept.&lt;dept&gt;.events</c>; with a share of
/// approvals, right after it a <c>certificate_issued</c> event of the applicant's new e-certificate, built as the
/// department simulator builds it (<see cref="ApprovalCertificates"/>). Answers wait in one time-ordered queue, so
/// thousands of pending answers cost no thread. While held, dispatches are kept unanswered.
/// </summary>
internal sealed class DepartmentPlayer(string bootstrap, CaseLedger ledger, DepartmentBehaviour behaviour, ApprovalCertificates certificates) : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PriorityQueue<(DispatchTask Task, bool Decide), long> _due = new();
    private readonly HashSet<string> _answered = new(StringComparer.Ordinal);
    private readonly List<DispatchTask> _held = [];
    private readonly Lock _gate = new();
    private IProducer<string, byte[]>? _producer;
    private Thread? _reader;
    private Thread? _answerer;
    private bool _holding;
    private long _dispatches;
    private long _published;
    private long _failed;

    public long Dispatches => Interlocked.Read(ref _dispatches);

    public long Published => Interlocked.Read(ref _published);

    public long PublishFailures => Interlocked.Read(ref _failed);

    public void Start()
    {
        _producer = new ProducerBuilder<string, byte[]>(new ProducerConfig
        {
            BootstrapServers = bootstrap,
            ClientId = "loadtest-departments",
            LingerMs = 5,
            Acks = Acks.All,
        }).SetErrorHandler((_, _) => { }).Build();
        _reader = new Thread(Read) { IsBackground = true, Name = "department-reader" };
        _answerer = new Thread(Answer) { IsBackground = true, Name = "department-answerer" };
        _reader.Start();
        _answerer.Start();
    }

    /// <summary>From now on keep dispatches unanswered, as departments that are busy elsewhere.</summary>
    public void Hold()
    {
        lock (_gate)
        {
            _holding = true;
        }
    }

    /// <summary>Answers every held dispatch, and those to come.</summary>
    public void Release()
    {
        lock (_gate)
        {
            _holding = false;
            foreach (var task in _held)
            {
                Schedule(task, decide: false);
            }

            _held.Clear();
        }
    }

    public int Held
    {
        get
        {
            lock (_gate)
            {
                return _held.Count;
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _reader?.Join(TimeSpan.FromSeconds(10));
        _answerer?.Join(TimeSpan.FromSeconds(10));
        _producer?.Flush(TimeSpan.FromSeconds(10));
        _producer?.Dispose();
        _stop.Dispose();
    }

    private void Read()
    {
        using var consumer = KafkaRead.Open(bootstrap, "loadtest-departments", [.. HubTopics.Departments.Select(d => HubTopics.Dispatch(d))], _stop.Token);
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                if (KafkaRead.Next(consumer, _stop.Token)?.Message is not { Value: { } value } message)
                {
                    continue;
                }

                // A department line's topic also carries supervision and certificate notices: only dispatches are answered.
                if (message.Headers?.TryGetLastBytes(HubHeaders.Type, out var type) == true
                    && System.Text.Encoding.UTF8.GetString(type) != HubMessageTypes.DispatchTask)
                {
                    continue;
                }

                var task = Serializer.Deserialize<DispatchTask>(value.AsSpan());
                lock (_gate)
                {
                    // A dispatch is published at least once: answer each dispatch event once.
                    if (task.EventId is null || task.CaseId is null || !_answered.Add(task.EventId))
                    {
                        continue;
                    }

                    Interlocked.Increment(ref _dispatches);
                    if (_holding)
                    {
                        _held.Add(task);
                    }
                    else
                    {
                        Schedule(task, decide: false);
                    }
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

    private void Schedule(DispatchTask task, bool decide)
    {
        var delay = decide
            ? Random.Shared.Next(behaviour.DecideMinMs, behaviour.DecideMaxMs + 1)
            : Random.Shared.Next(behaviour.AcceptMinMs, behaviour.AcceptMaxMs + 1);
        _due.Enqueue((task, decide), Stopwatch.GetTimestamp() + delay * Stopwatch.Frequency / 1000);
    }

    private void Answer()
    {
        var ready = new List<(DispatchTask Task, bool Decide)>();
        while (!_stop.IsCancellationRequested)
        {
            var now = Stopwatch.GetTimestamp();
            lock (_gate)
            {
                while (_due.TryPeek(out var item, out var at) && at <= now)
                {
                    _due.Dequeue();
                    ready.Add(item);
                    if (!item.Decide)
                    {
                        Schedule(item.Task, decide: true);
                    }
                }
            }

            foreach (var (task, decide) in ready)
            {
                if (!decide)
                {
                    Publish(task, new DepartmentEvent { Accepted = new TaskAccepted() }, task.CaseId!);
                    continue;
                }

                var (decision, certificate) = Decision(task);
                Publish(task, decision, task.CaseId!);
                if (certificate is not null)
                {
                    Publish(task, new DepartmentEvent { CertificateIssued = certificate }, certificate.CertificateId!, () => Issued(task, certificate));
                }
            }

            ready.Clear();
            Thread.Sleep(2);
        }
    }

    private (DepartmentEvent Decision, CertificateIssued? Certificate) Decision(DispatchTask task)
    {
        var joint = ledger.Find(task.CaseId!)?.Offer?.Mode == "JointHandling";
        var roll = task.IsResubmission || joint ? 0 : Random.Shared.Next(100);
        var evt = new DepartmentEvent();
        CertificateIssued? certificate = null;
        if (roll < behaviour.ApprovePercent)
        {
            evt.Approved = new TaskApproved { Remark = "Approved (load test)." };
            certificate = Random.Shared.Next(100) < behaviour.CertificatePercent ? certificates.For(task) : null;
            if (certificate is not null)
            {
                evt.Approved.CertificateIds.Add(certificate.CertificateId!);
            }

            ledger.Decided(task.CaseId!);
        }
        else if (roll < behaviour.ApprovePercent + behaviour.RejectPercent)
        {
            evt.Rejected = new TaskRejected { Reason = "The application does not meet the statutory conditions (load test)." };
            ledger.Decided(task.CaseId!);
        }
        else
        {
            var material = task.Materials.Select(m => m.Code).OfType<string>().FirstOrDefault() ?? "id-card";
            ledger.SupplementAsked(task.CaseId!, material);
            evt.SupplementRequested = new SupplementRequested { Reason = "A scan is illegible; hand in a clear copy (load test)." };
            evt.SupplementRequested.Materials.Add(material);
        }

        return (evt, certificate);
    }

    private void Issued(DispatchTask task, CertificateIssued certificate) =>
        ledger.CertificateIssued(task.CaseId!, new IssuedCertificate(
            certificate.CertificateId!, certificate.TypeCode!, certificate.HolderId!, certificate.HolderName!,
            certificate.HolderIdType == HolderIdType.CreditCode));

    // A task's event is keyed by its case id, a certificate's by the certificate id (DESIGN §4, Kafka).
    private void Publish(DispatchTask task, DepartmentEvent evt, string key, Action? delivered = null)
    {
        evt.EventId = Guid.CreateVersion7().ToString();
        evt.OccurredAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        evt.CaseId = task.CaseId;
        evt.Department = task.Department;
        evt.Officer = $"loadtest@{task.Department}";
        using var buffer = new MemoryStream();
        Serializer.Serialize(buffer, evt);
        var message = new Message<string, byte[]>
        {
            Key = key,
            Value = buffer.ToArray(),
            Headers = new Headers
            {
                { HubHeaders.Type, Encoding.UTF8.GetBytes(HubMessageTypes.DepartmentEvent) },
                { HubHeaders.EventId, Encoding.UTF8.GetBytes(evt.EventId) },
            },
        };
        while (true)
        {
            try
            {
                _producer!.Produce(HubTopics.DepartmentEvents(task.Department!), message, report =>
                {
                    Interlocked.Increment(ref report.Error.IsError ? ref _failed : ref _published);
                    if (!report.Error.IsError)
                    {
                        delivered?.Invoke();
                    }
                });
                return;
            }
            catch (ProduceException<string, byte[]> ex) when (ex.Error.Code == Confluent.Kafka.ErrorCode.Local_QueueFull)
            {
                _producer!.Poll(TimeSpan.FromMilliseconds(10));
            }
        }
    }
}
