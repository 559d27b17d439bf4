using System.Text;
using Hub.LoadTests.Results;

namespace Hub.LoadTests.Reporting;

/// <summary>The report.md section on the verification phase: the certificates' heap, then both loops' rates and latency.</summary>
internal static class MarkdownVerification
{
    public static void Append(StringBuilder text, VerificationFigures verification)
    {
        text.Append("## Certificate verification\n\n");
        Line(text, "Certificates issued", $"{Formats.Count(verification.Certificates)} ({Formats.Count(verification.IssueErrors)} failed), each to its own holder");
        Line(text, "Silo heap before", $"{Formats.MiB(verification.HeapBeforeBytes)} MiB");
        Line(text, "Silo heap after", $"{Formats.MiB(verification.HeapAfterBytes)} MiB");
        Line(text, "Per active certificate", verification.Certificates > 0
            ? $"{Formats.Count((long)Math.Round(verification.BytesPerActiveCertificate))} bytes"
            : "not measured (no certificates issued)");
        text.Append('\n');

        var closed = verification.ClosedLoop;
        var open = verification.OpenLoop;
        var table = new MarkdownTable("Loop", ">Offered/s", ">Answered/s", ">Errors", ">Shed", ">p50 ms", ">p99 ms", ">p99.9 ms", "Kept up");
        table.Row($"Closed, {verification.ClosedLoopInFlight} in flight", "—", Formats.Rate(closed.PerSecond), Formats.Count(verification.ClosedLoopErrors), "—",
            Formats.Ms(closed.Latency?.P50Ms ?? 0), Formats.Ms(closed.Latency?.P99Ms ?? 0), Formats.Ms(closed.Latency?.P999Ms ?? 0), "—");
        table.Row("Open", Formats.Rate(open.OfferedPerSecond), Formats.Rate(open.CompletedPerSecond), Formats.Count(open.Errors), Formats.Count(open.Shed),
            Formats.Ms(open.Latency.P50Ms), Formats.Ms(open.Latency.P99Ms), Formats.Ms(open.Latency.P999Ms), open.KeptUp ? "✅" : "❌");
        table.AppendTo(text);
        text.Append("Each verification is `GET /api/certificates/{id}` for a random issued certificate at a random window, answered 200. ")
            .Append("The open loop runs at a share of the closed loop's rate; its latency counts from the scheduled time. ")
            .Append("\"Kept up\": none failed or shed, at least 95% of those offered were answered, and the last answer came within ")
            .Append($"{VerificationRun.DrainLimitSeconds:0} s of the last arrival; answered/s counts to that last answer.\n\n");
    }

    private static void Line(StringBuilder text, string name, string value) =>
        text.Append("- ").Append(name).Append(": ").Append(value).Append('\n');
}
