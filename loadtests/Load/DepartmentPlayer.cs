using Confluent.Kafka;
using Hub.Kafka;
using Hub.Kafka.Contracts;
using Hub.Simulator;
using DepartmentEventKind = Hub.Cases.DepartmentEventKind;

namespace Hub.LoadTests.Load;

/// <summary>
/// Plays all department lines as outside systems do, through Kafka only: reads <c>hub.dispatch.&lt;dept&gt;</c>, and
/// after a delay publishes TaskAccepted, then a decision, to <c>dept.&lt;dept&gt;.events</c>; with a share of
/// approvals, right after it a <c>certificate_issued</c> event of the applicant's new e-certificate. The answers, their
/// messages and their schedule are the department simulator's (<see cref="DepartmentAnswers"/>,
/// <see cref="ApprovalCertificates"/>, <see cref="AnswerSchedule{T}"/>); what is the benchmark's own is the ledger it
/// tells of each decision, and holding dispatches unanswered while the departments are busy elsewhere.
/// </summary>
internal sealed class DepartmentPlayer(string bootstrap, CaseLedger ledger, DepartmentBehaviour behaviour, ApprovalCertificates certificates) : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly HashSet<string> _answered = new(StringComparer.Ordinal);
    private readonly List<DispatchTask> _held = [];
    private readonly Lock _gate = new();
    private AnswerSchedule<(DispatchTask Task, bool Decide)>? _schedule;
    private IProducer<string, byte[]>? _producer;
    private Thread? _reader;
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
        _schedule = new(Answer, (_, _) => Interlocked.Increment(ref _failed), "department-answerer");
        _reader = new Thread(Read) { IsBackground = true, Name = "department-reader" };
        _reader.Start();
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
        _schedule?.Dispose();
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
                if (KafkaRead.Next(consumer, _stop.Token)?.Message is not { Value: { } value } message
                    || !DepartmentAnswers.IsDispatch(message.Headers)
                    || DepartmentAnswers.ReadTask(value) is not { } task)
                {
                    continue;
                }

                lock (_gate)
                {
                    // A dispatch is published at least once: answer each dispatch event once.
                    if (task.EventId is null || !_answered.Add(task.EventId))
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

    private void Schedule(DispatchTask task, bool decide) => _schedule!.After(
        decide
            ? Random.Shared.Next(behaviour.DecideMinMs, behaviour.DecideMaxMs + 1)
            : Random.Shared.Next(behaviour.AcceptMinMs, behaviour.AcceptMaxMs + 1),
        (task, decide));

    private void Answer((DispatchTask Task, bool Decide) item)
    {
        var (task, decide) = item;
        if (!decide)
        {
            Publish(DepartmentAnswers.Accepted(), task);
            Schedule(task, decide: true);
            return;
        }

        // Every task of a case with several is approved, as a resubmission is: the benchmark's ledger follows one decision per case.
        var joint = ledger.Find(task.CaseId!)?.Offer?.MultiTask == true;
        var decision = DepartmentAnswers.Decide(behaviour.ApprovePercent, behaviour.RejectPercent, task.IsResubmission || joint, Random.Shared.Next(100));
        var certificate = decision == DepartmentEventKind.TaskApproved && Random.Shared.Next(100) < behaviour.CertificatePercent
            ? certificates.For(task)
            : null;
        string? material = null;
        if (decision == DepartmentEventKind.SupplementRequested)
        {
            material = DepartmentAnswers.SupplementMaterial(task);
            ledger.SupplementAsked(task.CaseId!, material);
        }
        else
        {
            ledger.Decided(task.CaseId!);
        }

        Publish(DepartmentAnswers.Decision(decision, task, certificate, "load test", material), task);
        if (certificate is not null)
        {
            Publish(DepartmentAnswers.Issued(certificate), task, () => Issued(task, certificate));
        }
    }

    private void Issued(DispatchTask task, CertificateIssued certificate) =>
        ledger.CertificateIssued(task.CaseId!, new IssuedCertificate(
            certificate.CertificateId!, certificate.TypeCode!, certificate.HolderId!, certificate.HolderName!,
            certificate.HolderIdType == HolderIdType.CreditCode));

    private void Publish(DepartmentEvent evt, DispatchTask task, Action? delivered = null)
    {
        var message = DepartmentAnswers.Message(evt, task, task.Department!, $"loadtest@{task.Department}");
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
