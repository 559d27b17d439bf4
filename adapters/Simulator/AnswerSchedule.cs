using System.Diagnostics;

namespace Hub.Simulator;

/// <summary>
/// Answers that wait for their time: one time-ordered queue and one thread that hands each item to
/// <c>due</c> when its delay has passed, so that thousands of pending answers cost no timer and no thread each. Items
/// still pending when it is disposed are dropped. <c>due</c> runs on the schedule's thread, one item at a time, and may
/// schedule more.
/// </summary>
public sealed class AnswerSchedule<T> : IDisposable
{
    private readonly PriorityQueue<T, long> queue = new();
    private readonly Lock gate = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Action<T> due;
    private readonly Action<T, Exception> failed;
    private readonly Thread thread;

    /// <param name="due">What to do with an item whose time has come.</param>
    /// <param name="failed">Told when <paramref name="due"/> throws; the schedule goes on with the next item.</param>
    /// <param name="name">The name of the schedule's thread.</param>
    public AnswerSchedule(Action<T> due, Action<T, Exception> failed, string name)
    {
        this.due = due;
        this.failed = failed;
        thread = new Thread(Run) { IsBackground = true, Name = name };
        thread.Start();
    }

    /// <summary>How many items wait.</summary>
    public int Pending
    {
        get
        {
            lock (gate)
            {
                return queue.Count;
            }
        }
    }

    /// <summary>Hands <paramref name="item"/> to <c>due</c> in <paramref name="delayMs"/> milliseconds.</summary>
    public void After(int delayMs, T item)
    {
        lock (gate)
        {
            queue.Enqueue(item, Stopwatch.GetTimestamp() + (long)delayMs * Stopwatch.Frequency / 1000);
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        thread.Join(TimeSpan.FromSeconds(10));
        stop.Dispose();
    }

    private void Run()
    {
        var ready = new List<T>();
        while (!stop.IsCancellationRequested)
        {
            var now = Stopwatch.GetTimestamp();
            lock (gate)
            {
                while (queue.TryPeek(out var item, out var at) && at <= now)
                {
                    queue.Dequeue();
                    ready.Add(item);
                }
            }

            foreach (var item in ready)
            {
                try
                {
                    due(item);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    failed(item, ex);
                }
            }

            ready.Clear();

            // Two milliseconds is below any delay a department line is played with, and far below the hub's own.
            stop.Token.WaitHandle.WaitOne(2);
        }
    }
}
