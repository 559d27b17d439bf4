namespace Hub.LoadTests.Results;

/// <summary>
/// The verification phase: certificates issued through an Orleans client with the silo's heap (after full
/// collections) read before and after; then <c>GET /api/certificates/{id}</c> from the windows, first in a closed loop
/// (<see cref="ClosedLoopInFlight"/> requests in flight, to find what the hub answers), then in an open loop at a share
/// of that rate, to see whether it keeps up.
/// </summary>
public sealed record VerificationFigures(
    long Certificates,
    long IssueErrors,
    long HeapBeforeBytes,
    long HeapAfterBytes,
    int ClosedLoopInFlight,
    Throughput ClosedLoop,
    long ClosedLoopErrors,
    VerificationRun OpenLoop)
{
    /// <summary>Heap growth per issued certificate: the certificate's activation and state, and its holder's.</summary>
    public double BytesPerActiveCertificate => Certificates > 0 ? (double)(HeapAfterBytes - HeapBeforeBytes) / Certificates : 0;
}
