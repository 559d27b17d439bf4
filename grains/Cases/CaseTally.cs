namespace Hub.Cases;

/// <summary>
/// What this silo's case activations did, counted as they store it: cases by status, finished lifecycles, open
/// supervision cards by province, department line and colour, and the cases submitted in each of the last
/// <see cref="FlowMinutes"/> minutes by receiving and handling province. A case activated here that another silo counted
/// moves from the status it was stored with, which that silo still counts: so the figures of all silos add up to the
/// cluster's, counted since they started. A silo starts from zero, and what a stopped silo counted is gone with it.
/// </summary>
public sealed class CaseTally(HubClock time)
{
    /// <summary>How many minutes of submissions <see cref="Flows"/> keeps.</summary>
    public const int FlowMinutes = 15;

    private readonly long[] _byStatus = new long[Enum.GetValues<CaseStatus>().Max(s => (int)s) + 1];
    private readonly Dictionary<CardKey, long> _openCards = [];
    private readonly (long Minute, Dictionary<(int From, int To), long> Counts)[] _flows =
        [.. Enumerable.Range(0, FlowMinutes).Select(_ => (-1L, new Dictionary<(int, int), long>()))];
    private readonly Lock _gate = new();
    private long _lifecycles;

    /// <summary>Cases finished: delivered (decided and the result out) or withdrawn, each once.</summary>
    public long Lifecycles => Interlocked.Read(ref _lifecycles);

    /// <summary>The number of cases in each status.</summary>
    public IReadOnlyDictionary<CaseStatus, long> ByStatus() =>
        Enum.GetValues<CaseStatus>().ToDictionary(s => s, s => Interlocked.Read(ref _byStatus[(int)s]));

    /// <summary>The open cards, by the province of the node they are against, department line (empty: the case's node) and colour.</summary>
    public IReadOnlyDictionary<CardKey, long> OpenCards()
    {
        lock (_gate)
        {
            return _openCards.Where(c => c.Value != 0).ToDictionary();
        }
    }

    /// <summary>The cases submitted in the last <paramref name="minutes"/> minutes (at most <see cref="FlowMinutes"/>), by receiving and handling province.</summary>
    public IReadOnlyDictionary<(int From, int To), long> Flows(int minutes)
    {
        var now = Minute();
        lock (_gate)
        {
            return _flows.Where(f => f.Minute > now - Math.Min(minutes, FlowMinutes) && f.Minute <= now)
                .SelectMany(f => f.Counts).GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Sum(c => c.Value));
        }
    }

    /// <summary>Counts a stored write of a case that stood at <paramref name="before"/>; answers where it stands now.</summary>
    public CaseStanding Count(CaseStanding before, CaseState state)
    {
        var after = CaseStanding.Of(state);
        if (before.Status != after.Status)
        {
            if (before.Status is { } old)
            {
                Interlocked.Decrement(ref _byStatus[(int)old]);
            }

            if (after.Status is { } now)
            {
                Interlocked.Increment(ref _byStatus[(int)now]);
                if (Finished(now) && !Finished(before.Status) && before.Status != CaseStatus.Closed)
                {
                    Interlocked.Increment(ref _lifecycles);
                }
            }

            if (before.Status is null && state.Submission is { } submitted)
            {
                Submitted(submitted.ReceivingNode.Province, submitted.HandlingNode.Province);
            }
        }

        if (!before.OpenCards.SequenceEqual(after.OpenCards))
        {
            lock (_gate)
            {
                foreach (var card in before.OpenCards)
                {
                    _openCards[card] = _openCards.GetValueOrDefault(card) - 1;
                }

                foreach (var card in after.OpenCards)
                {
                    _openCards[card] = _openCards.GetValueOrDefault(card) + 1;
                }
            }
        }

        return after;
    }

    private static bool Finished(CaseStatus? status) => status is CaseStatus.Delivered or CaseStatus.Withdrawn;

    private void Submitted(int from, int to)
    {
        var minute = Minute();
        lock (_gate)
        {
            var slot = (int)(minute % FlowMinutes);
            if (_flows[slot].Minute != minute)
            {
                _flows[slot] = (minute, []);
            }

            var counts = _flows[slot].Counts;
            counts[(from, to)] = counts.GetValueOrDefault((from, to)) + 1;
        }
    }

    private long Minute() => time.GetUtcNow().ToUnixTimeSeconds() / 60;
}
