using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace Hub.Kafka.Internal;

/// <summary>
/// The one place of the department-event consumer that waits and tries again. It hands a message to the
/// <see cref="DepartmentEventHandler"/>, which applies or dead-letters it and throws on anything that may pass later
/// (a grain call that timed out, a silo going away, a storage error, a dead letter the broker did not take); then it
/// waits (<see cref="Backoff"/>) and hands it over again, for as long as it takes: an event is never dead-lettered
/// because the cluster is unwell. It stops only when the message is given up (a rebalance or shutdown that did not
/// wait for it), and then the message is not committed, so it is read again.
/// </summary>
internal sealed partial class DepartmentEventRetry(DepartmentEventHandler handler, ILogger<DepartmentEventRetry> logger)
{
    /// <summary>True once the message is applied or dead-lettered; false when it was given up first. Never throws.</summary>
    public async Task<bool> ApplyAsync(ConsumeResult<byte[]?, byte[]?> result, string department, CancellationToken givenUp)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await handler.HandleAsync(result, department, givenUp);
                return true;
            }
            catch (Exception) when (givenUp.IsCancellationRequested)
            {
                return false;
            }
            catch (Exception ex)
            {
                Failed(ex, result.TopicPartitionOffset, attempt);
            }

            await Task.Delay(Backoff.Delay(attempt), givenUp).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (givenUp.IsCancellationRequested)
            {
                return false;
            }
        }
    }

    // A message that keeps failing is logged at attempts 1, 2, 4, 8, …, not every time, so an outage does not flood the log.
    private void Failed(Exception exception, TopicPartitionOffset source, int attempt)
    {
        if ((attempt & (attempt - 1)) == 0)
        {
            LogRetrying(logger, exception, source, attempt, Backoff.Delay(attempt));
        }
        else
        {
            LogRetryingQuietly(logger, exception, source, attempt);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not apply {Source} (attempt {Attempt}); trying again in {Delay}")]
    private static partial void LogRetrying(ILogger logger, Exception exception, TopicPartitionOffset source, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not apply {Source} (attempt {Attempt}); trying again")]
    private static partial void LogRetryingQuietly(ILogger logger, Exception exception, TopicPartitionOffset source, int attempt);
}
