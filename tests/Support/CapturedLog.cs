using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Hub.Tests.Support;

/// <summary>Every line a host logged, at every level, with its category, formatted as a log sink would write it.</summary>
public sealed class CapturedLog : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, string Line)> lines = new();

    public IReadOnlyList<(string Category, string Line)> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(string, string)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue((category, exception is null ? formatter(state, exception) : $"{formatter(state, exception)} {exception}"));
    }
}
