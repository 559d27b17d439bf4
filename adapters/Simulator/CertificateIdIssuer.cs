using System.Security.Cryptography;
using Hub.Identifiers;

namespace Hub.Simulator;

/// <summary>
/// Issues e-certificate identifiers for simulated departments, version 001, with a serial of 20 characters:
/// the date <c>yyyyMMdd</c> and 12 Crockford base-32 characters packing the millisecond of the day (27 bits),
/// a random generator number drawn at start (20 bits) and a sequence (13 bits), all in China Standard Time —
/// the scheme of <c>CaseIdGenerator</c>, so serials are unique without coordination and sort by time.
/// Thread-safe and lock-free.
/// </summary>
internal sealed class CertificateIdIssuer(TimeProvider time)
{
    /// <summary>The version of a newly issued certificate.</summary>
    public const string FirstVersion = "001";

    private const int SequenceBits = 13;
    private const int GeneratorBits = 20;
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
    private readonly ulong _generator = (ulong)RandomNumberGenerator.GetInt32(1 << GeneratorBits);
    private long _last; // (day number << 40) | (millisecond of day << 13) | sequence

    /// <summary>A new identifier of a certificate of <paramref name="typeCode"/> issued now by <paramref name="issuer"/>.</summary>
    public CertificateId Next(string typeCode, CreditCode issuer) =>
        CertificateId.Create(typeCode, issuer.Value, NextSerial(), FirstVersion);

    private string NextSerial()
    {
        var now = time.GetUtcNow().ToOffset(ChinaOffset).DateTime;
        var candidate = (long)DateOnly.FromDateTime(now).DayNumber << 40 | (long)now.TimeOfDay.TotalMilliseconds << SequenceBits;
        long next;
        long seen;
        do
        {
            seen = Volatile.Read(ref _last);
            // Never go backwards (clock steps, many ids in one millisecond): take the next slot after the last one.
            next = candidate > seen ? candidate : seen + 1;
        }
        while (Interlocked.CompareExchange(ref _last, next, seen) != seen);

        var msOfDay = (ulong)(next >> SequenceBits) & ((1UL << 27) - 1);
        var suffix = msOfDay << (GeneratorBits + SequenceBits) | _generator << SequenceBits | ((ulong)next & ((1UL << SequenceBits) - 1));
        Span<char> serial = stackalloc char[20];
        DateOnly.FromDayNumber((int)(next >> 40)).TryFormat(serial, out _, "yyyyMMdd");
        for (var i = serial.Length - 1; i >= 8; i--, suffix >>= 5)
        {
            serial[i] = CaseId.Base32[(int)(suffix & 31)];
        }

        return serial.ToString();
    }
}
