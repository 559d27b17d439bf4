using System.Security.Cryptography;
using Hub.Calendars;
using Hub.Identifiers;

namespace Hub.Cases;

/// <summary>
/// Makes case ids without coordination: each process draws a random 20-bit generator number at start,
/// and within it a 13-bit sequence orders the ids of one millisecond. Thread-safe and lock-free.
/// </summary>
public sealed class CaseIdGenerator(HubClock time)
{
    private const int SequenceBits = 13;
    private const int GeneratorBits = 20;
    private readonly ulong _generator = (ulong)RandomNumberGenerator.GetInt32(1 << GeneratorBits);
    private long _last; // (day number << 40) | (millisecond of day << 13) | sequence

    /// <summary>A new id for a case received at <paramref name="receivingNode"/> now; date and time are China Standard Time.</summary>
    public CaseId Next(DivisionCode receivingNode)
    {
        var now = time.GetUtcNow().ToOffset(WorkingDays.ChinaOffset).DateTime;
        var day = (long)DateOnly.FromDateTime(now).DayNumber;
        var ms = (long)now.TimeOfDay.TotalMilliseconds;
        var candidate = day << 40 | ms << SequenceBits;
        long next;
        long seen;
        do
        {
            seen = Volatile.Read(ref _last);
            // Never go backwards (clock steps, many ids in one millisecond): take the next slot after the last one.
            next = candidate > seen ? candidate : seen + 1;
        }
        while (Interlocked.CompareExchange(ref _last, next, seen) != seen);

        var date = DateOnly.FromDayNumber((int)(next >> 40));
        var msOfDay = (ulong)(next >> SequenceBits) & ((1UL << 27) - 1);
        var sequence = (ulong)next & ((1UL << SequenceBits) - 1);
        var suffix = msOfDay << (GeneratorBits + SequenceBits) | _generator << SequenceBits | sequence;
        return CaseId.Create(receivingNode, date, suffix);
    }
}
