using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Hub.LoadTests.Hosting;

/// <summary>
/// A hub silo in a process of its own (<c>dotnet Hub.Silo.dll</c>, built beside the load tests), started with the
/// settings the benchmark chooses as environment variables, its output written to a log file.
/// </summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _firstLines = new();

    private SiloProcess(Process process, StreamWriter log)
    {
        _process = process;
        _log = log;
        _process.OutputDataReceived += (_, e) => Write(e.Data);
        _process.ErrorDataReceived += (_, e) => Write(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        // However the benchmark ends (Ctrl+C, a crash), the silo it started must not outlive it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillIfRunning();
        AppDomain.CurrentDomain.UnhandledException += (_, _) => KillIfRunning();
    }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Waits until the process prints a line matching <paramref name="pattern"/>; returns its first group.</summary>
    public async Task<string> WaitForLineAsync(string pattern, TimeSpan within)
    {
        var regex = new System.Text.RegularExpressions.Regex(pattern);
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            foreach (var line in _firstLines)
            {
                if (regex.Match(line) is { Success: true } match)
                {
                    return match.Groups.Count > 1 ? match.Groups[1].Value : match.Value;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The process never printed /{pattern}/ (exited: {_process.HasExited}).");
    }

    /// <summary>Waits for the process to exit and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>Starts <c>Hub.Silo.dll</c> with <paramref name="arguments"/> and <paramref name="environment"/>, logging to <paramref name="logPath"/>.</summary>
    public static SiloProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string logPath)
    {
        var silo = SiloAssembly();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(silo)!,
        };
        start.ArgumentList.Add(silo);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        return new SiloProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."), log);
    }

    /// <summary>A TCP port on 127.0.0.1 that nothing listens on now.</summary>
    public static int FreePort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    /// <summary>Stops the silo as an operator would (SIGTERM), then kills it if it has not exited in 30 seconds.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    // The load tests' output is loadtests/bin/<configuration>/net10.0/; the silo's is silo/bin/<configuration>/net10.0/.
    private static string SiloAssembly()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = here.Name;
        var configuration = here.Parent?.Name ?? "Release";
        for (var dir = here; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "silo", "bin", configuration, framework, "Hub.Silo.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Hub.Silo.dll ({configuration}, {framework}) was not found above {here.FullName}; build the solution first.");
    }

    private void KillIfRunning()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
        }
    }

    private void Write(string? line)
    {
        if (line is not null)
        {
            if (_firstLines.Count < 200)
            {
                _firstLines.Enqueue(line);
            }

            lock (_log)
            {
                _log.WriteLine(line);
            }
        }
    }
}
