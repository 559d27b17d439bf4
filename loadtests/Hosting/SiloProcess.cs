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

    private SiloProcess(Process process, StreamWriter log)
    {
        _process = process;
        _log = log;
        _process.OutputDataReceived += (_, e) => Write(e.Data);
        _process.ErrorDataReceived += (_, e) => Write(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

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

    private void Write(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.WriteLine(line);
            }
        }
    }
}
