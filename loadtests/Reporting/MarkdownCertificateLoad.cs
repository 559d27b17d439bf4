using System.Globalization;
using System.Text;
using Hub.LoadTests.Results;

namespace Hub.LoadTests.Reporting;

/// <summary>The report.md section on the certificates in the case load: how many were issued, reused and refused.</summary>
internal static class MarkdownCertificateLoad
{
    public static void Append(StringBuilder text, CertificateLoad load)
    {
        text.Append("## Certificates in the case load\n\n");
        text.Append(CultureInfo.InvariantCulture,
            $"The departments issue the applicant an e-certificate with {load.IssuePercent}% of approvals, as a `certificate_issued` event right after the approval; ");
        text.Append(CultureInfo.InvariantCulture,
            $"{load.ReusePercent}% of submissions try to hand in one issued earlier in the run instead of a paper material, by its holder and with consent. ");
        text.Append("The benchmark learns the issued certificates from ").Append(load.Source).Append(". Counts cover the whole run but the memory phase, which reuses none.\n\n");
        Line(text, "Certificates issued", Formats.Count(load.Issued));
        Line(text, "Ready for reuse", $"{Formats.Count(load.Reusable)} (another {Formats.Count(load.NotReusable)} of delivered cases no offer for the holder's home takes)");
        Line(text, "Submissions drawn for reuse", $"{Formats.Count(load.ReuseWanted)} ({Formats.Count(load.NoneReady)} made without one, none being ready yet)");
        Line(text, "Submissions that named a certificate", Formats.Count(load.ReuseSubmitted));
        Line(text, "Accepted (reused a certificate)", Formats.Count(load.Reused));
        Line(text, "Refused", load.ReuseRefused == 0 ? "0" : $"{Formats.Count(load.ReuseRefused)} ❌");
        text.Append('\n');
        if (load.RefusalSample.Count > 0)
        {
            text.Append("Refusals (first distinct ones, with the hub's reason):\n\n");
            foreach (var refusal in load.RefusalSample)
            {
                text.Append("- ").Append(refusal.ReplaceLineEndings(" ")).Append('\n');
            }

            text.Append('\n');
        }
    }

    private static void Line(StringBuilder text, string name, string value) =>
        text.Append("- ").Append(name).Append(": ").Append(value).Append('\n');
}
