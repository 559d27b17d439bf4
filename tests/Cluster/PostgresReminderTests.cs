using Hub.Tests.Support;

namespace Hub.Tests.Cluster;

/// <summary>The ADO.NET reminder service on the project's scripts: reminders outlive the silo that registered them.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresReminderTests(PostgresFixture fixture)
{
    [PostgresFact]
    public async Task Reminder_RegisteredBeforeASiloRestart_FiresAfterIt()
    {
        var clusterId = $"restart-{Guid.NewGuid():N}";
        var probe = $"probe-{Guid.NewGuid():N}";
        var before = await ClusterSilo.StartAsync(fixture, clusterId);
        int beforePort;
        try
        {
            beforePort = before.SiloPort;
            await before.Grains.GetGrain<IReminderProbeGrain>(probe).Register(TimeSpan.FromSeconds(15), TimeSpan.FromMinutes(1));
            Assert.Equal(["probe"], await PostgresServer.QueryAsync(fixture.ConnectionString,
                "SELECT ReminderName FROM OrleansRemindersTable WHERE ServiceId = @service", ("service", clusterId)));
        }
        finally
        {
            await before.DisposeAsync();
        }

        Assert.False(ReminderProbeGrain.Ticks.ContainsKey(probe), "the reminder fired before the restart; the test proves nothing");
        await using var after = await ClusterSilo.StartAsync(fixture, clusterId);

        // Due 15 s after registration; if the restart took longer, the next tick comes a period later.
        var ticks = await Eventually.Until(
            () => Task.FromResult(ReminderProbeGrain.Ticks.TryGetValue(probe, out var q) ? q.ToArray() : []),
            q => q.Length > 0,
            within: TimeSpan.FromSeconds(100),
            what: "the reminder to fire on the restarted silo");
        Assert.Equal(after.SiloPort, ticks[0]);
        Assert.NotEqual(beforePort, after.SiloPort);
    }
}
