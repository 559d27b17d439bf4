using Confluent.Kafka;
using ErrorCode = Confluent.Kafka.ErrorCode;
using Microsoft.Extensions.Logging;

namespace Hub.Kafka.Internal;

/// <summary>Routes librdkafka's own log lines and client errors to an <see cref="ILogger"/> instead of stderr.</summary>
internal static partial class LibrdkafkaLog
{
    public static void Write(ILogger logger, LogMessage message) =>
        Line(logger, Level(message.Level), message.Name, message.Facility, message.Message);

    public static void Error(ILogger logger, Error error)
    {
        if (error.IsFatal)
        {
            Fatal(logger, error.Code, error.Reason);
        }
        else
        {
            NonFatal(logger, error.Code, error.Reason);
        }
    }

    private static LogLevel Level(SyslogLevel level) => level switch
    {
        SyslogLevel.Emergency or SyslogLevel.Alert or SyslogLevel.Critical => LogLevel.Critical,
        SyslogLevel.Error => LogLevel.Error,
        SyslogLevel.Warning => LogLevel.Warning,
        SyslogLevel.Notice or SyslogLevel.Info => LogLevel.Information,
        _ => LogLevel.Debug,
    };

    [LoggerMessage(Message = "librdkafka {Client} {Facility}: {Text}")]
    private static partial void Line(ILogger logger, LogLevel level, string client, string facility, string text);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Kafka client fatal error {Code}: {Reason}")]
    private static partial void Fatal(ILogger logger, ErrorCode code, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kafka client error {Code}: {Reason}")]
    private static partial void NonFatal(ILogger logger, ErrorCode code, string reason);
}
