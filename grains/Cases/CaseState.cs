using Hub.Messages;
using Hub.Outbox;
using Hub.Timers;

namespace Hub.Cases;

/// <summary>The persisted state of a case: what was submitted, where it stands, and what it must still publish.</summary>
[GenerateSerializer, Alias("hub.CaseState")]
public sealed class CaseState : IOutboxState, IDueState
{
    [Id(0)] public CaseSubmission? Submission { get; set; }
    [Id(1)] public CaseStatus Status { get; set; }
    [Id(2)] public List<CaseTask> Tasks { get; set; } = [];
    [Id(3)] public List<TimelineEntry> Timeline { get; set; } = [];

    /// <summary>Messages written with the state and not yet acknowledged by the broker.</summary>
    [Id(4)] public List<OutboxMessage> Outbox { get; set; } = [];

    /// <summary>Ids of the department events applied, so that a redelivered event changes nothing.</summary>
    [Id(5)] public HashSet<string> AppliedEvents { get; set; } = [];

    /// <summary>The sequence number of the last status change published on the status feed.</summary>
    [Id(6)] public long Sequence { get; set; }
    [Id(7)] public DateOnly CommittedDeadline { get; set; }
    [Id(8)] public DateOnly StatutoryDeadline { get; set; }
    [Id(9)] public List<string> Certificates { get; set; } = [];
    [Id(10)] public int? Rating { get; set; }
    [Id(11)] public int Stage { get; set; }
    [Id(12)] public List<Material> Materials { get; set; } = [];
    [Id(13)] public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The cards supervision raised, open or cleared.</summary>
    [Id(20)] public List<SupervisionCard> Cards { get; set; } = [];

    /// <summary>The committed deadline a reminder was given for; a deadline moved since gets its own.</summary>
    [Id(21)] public DateOnly? RemindedFor { get; set; }

    /// <summary>While a supplement is awaited: the day (China's calendar) the clock stopped.</summary>
    [Id(22)] public DateOnly? ClockStoppedOn { get; set; }

    /// <summary>The working days departments extended the statutory limit by, in all.</summary>
    [Id(23)] public int ExtendedDays { get; set; }

    /// <summary>The case's next supervision moment, its one durable timer; null once nothing is watched.</summary>
    [Id(24)] public DateTimeOffset? DueAt { get; set; }

    /// <summary>The rectification a bad rating opened, if any.</summary>
    [Id(25)] public Rectification? Rectification { get; set; }

    /// <summary>Whether a deadline was counted through a year with no holiday notice loaded, so it is recomputed once the notice is.</summary>
    [Id(14)] public bool DeadlinesProvisional { get; set; }

    /// <summary>The working days the clock stood for supplements, in all: the deadlines moved by them.</summary>
    [Id(26)] public int StoodDays { get; set; }

    /// <summary>While deadlines are provisional: the day the case last woke to see whether the missing notice came.</summary>
    [Id(27)] public DateOnly? ProvisionalCheckedOn { get; set; }

    /// <summary>The figures the case's last status change carried, to tell whether the next one counts for anything new.</summary>
    [Id(28)] public CaseFigures? PublishedFigures { get; set; }

    /// <summary>The last status change the applicant's notifications were made for (<see cref="ApplicantNotices"/>).</summary>
    [Id(29)] public long NotifiedThrough { get; set; }

    /// <summary>The shipments its windows recorded, originals and result, in the order recorded.</summary>
    [Id(30)] public List<ShipmentState> Shipments { get; set; } = [];

    /// <summary>The hub's seal over the chain head after each write that added to the timeline (the hand-off log), oldest first.</summary>
    [Id(31)] public List<LogSeal> Seals { get; set; } = [];

    [NonSerialized]
    private Calendars.WorkingCalendar _calendar = Calendars.WorkingCalendar.Empty;

    /// <summary>The calendar the case reckons by in this call, set by its grain before each call; not stored.</summary>
    public Calendars.WorkingCalendar Calendar { get => _calendar; set => _calendar = value; }
}
