using Hub.Cases;
using Hub.Kafka;
using Hub.Tests.Support;
using Hub.Timers;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Hub.Tests.Cases.CaseSamples;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Cluster;

/// <summary>
/// A case's durable timer in cluster mode outlives the silo that armed it: it is a HubDue row written with the case's
/// state, so the silo that starts after it wakes the case for its next moment, and each moment is acted on once. The
/// hub's clock is set to the National Day example of the calendar's notes; Orleans keeps the system clock.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SupervisionRestartTests(PostgresFixture fixture)
{
    [PostgresFact]
    public async Task ACaseSubmitted30September_IsRemindedThe9th_BeforeARestart_AndCardedAfterIt_EachOnce()
    {
        var clusterId = $"timers-{Guid.NewGuid():N}";
        var clock = new MovableClock();
        clock.SetTo(At(9, 30, 10));
        string[] quiet = ["--Hub:Timers:CheckInterval=00:10:00", "--Hub:Timers:TakeOverAfter=00:10:00"];
        var submission = Submission(at: clock.GetUtcNow()) with { CommittedDays = 3, StatutoryDays = 20 };
        CaseView armed;
        await using (var first = await ClusterSilo.StartAsync(fixture.ConnectionString, fixture.BootstrapServers, clusterId, b => b.Services.AddSingleton<HubClock>(clock), quiet))
        {
            armed = await first.Grains.GetGrain<ICaseGrain>(submission.CaseId.Value).Submit(submission);
            clock.SetTo(At(10, 9));
            await first.Services.GetRequiredService<DueSweeper>().WakeAsync(CancellationToken.None);
        }

        // Due 10 October, a make-up Saturday; between the silos its next moment, the end of that day, is in the database.
        Assert.Equal((new DateOnly(2026, 10, 10), new DateOnly(2026, 11, 3)), (armed.CommittedDeadline, armed.StatutoryDeadline));
        Assert.Equal(At(10, 11, 0, 0, 0), await DueAtAsync(clusterId, submission.CaseId.Value));

        await using var second = await ClusterSilo.StartAsync(fixture.ConnectionString, fixture.BootstrapServers, clusterId, b => b.Services.AddSingleton<HubClock>(clock), quiet);
        var sweeper = second.Services.GetRequiredService<DueSweeper>();
        foreach (var at in new[] { At(10, 10, 23, 59, 59), At(10, 11), At(10, 14), At(11, 3, 23, 59, 59), At(11, 4), At(11, 5) })
        {
            clock.SetTo(at);
            await sweeper.WakeAsync(CancellationToken.None);
            await sweeper.WakeAsync(CancellationToken.None);
        }

        var timeline = (await second.Grains.GetGrain<ICaseGrain>(submission.CaseId.Value).GetView()).Timeline;
        var acts = timeline.Where(t => t.Actor == "hub" && t.Action is "reminder" or "deemed-accepted" or "yellow-card" or "red-card").ToArray();
        Assert.Equal(["reminder", "yellow-card", "deemed-accepted", "red-card"], acts.Select(t => t.Action));
        Assert.Equal([At(10, 9), At(10, 11), At(10, 14), At(11, 4)], acts.Select(t => t.At).Select(a => a.ToOffset(TimeSpan.FromHours(8))).Select(a => At(a.Month, a.Day)));
        var feed = await HubFeeds.SupervisionAsync(fixture.BootstrapServers, HubTopics.Supervision($"{clusterId}."), [submission.CaseId.Value], atLeast: 4);
        Assert.Equal(
            [Wire.SupervisionKind.Reminder, Wire.SupervisionKind.YellowCard, Wire.SupervisionKind.DeemedAccepted, Wire.SupervisionKind.RedCard],
            feed.DistinctBy(n => n.EventId).Select(n => n.Kind));
    }

    private static DateTimeOffset At(int month, int day, int hour = 0, int minute = 0, int second = 1) =>
        new(2026, month, day, hour, minute, second, TimeSpan.FromHours(8));

    private async Task<DateTimeOffset?> DueAtAsync(string clusterId, string caseId)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT DueAt FROM HubDue WHERE ServiceId = @s AND GrainKey = @k", connection);
        command.Parameters.AddWithValue("s", clusterId);
        command.Parameters.AddWithValue("k", caseId);
        return await command.ExecuteScalarAsync() is DateTime at ? new DateTimeOffset(at, TimeSpan.Zero) : null;
    }
}
