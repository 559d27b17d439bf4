using System.ComponentModel;
using System.Diagnostics;
using Hub.Tests.Support;

namespace Hub.Tests.Interop;

/// <summary>
/// Runs the example department client in <c>clients/node-department</c> (Node.js, written against hub.proto
/// alone) as a child process and collects what it printed.
/// </summary>
internal static class NodeDepartmentClient
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    /// <summary>Answers the dispatch of <paramref name="caseId"/> with an approval; <paramref name="more"/> as department.js takes them (e.g. <c>--certificate</c>).</summary>
    public static Task<Run> RunAsync(string bootstrapServers, string topicPrefix, string department, string caseId, params string[] more) =>
        RunAsync(bootstrapServers, topicPrefix, department, ["--case", caseId, .. more]);

    /// <summary>Revokes <paramref name="certificateId"/>, an e-certificate the department issued, for <paramref name="reason"/>.</summary>
    public static Task<Run> RevokeAsync(string bootstrapServers, string topicPrefix, string department, string certificateId, string reason) =>
        RunAsync(bootstrapServers, topicPrefix, department, ["--revoke", certificateId, "--reason", reason]);

    private static async Task<Run> RunAsync(string bootstrapServers, string topicPrefix, string department, string[] arguments)
    {
        var folder = Path.Combine(Repository.Root(), "clients", "node-department");
        Assert.True(
            Directory.Exists(Path.Combine(folder, "node_modules")),
            $"The Node.js department client has no packages installed: run `npm ci` in clients/node-department (test.sh does) and run the test again. Looked in {folder}.");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] prefix = topicPrefix.Length == 0 ? [] : ["--prefix", topicPrefix];
        foreach (var argument in (string[])["department.js", "--bootstrap", bootstrapServers, .. prefix, "--department", department, "--timeout", "60", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Start(start);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The Node.js department client did not exit within {Patience}. It wrote: {await stderr}");
        }

        return new Run(process.ExitCode, await stdout, await stderr);
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException("Cannot run `node`: install Node.js 18 or later (test.sh installs Debian's nodejs when it is missing).", ex);
        }
    }
}
