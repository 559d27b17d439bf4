using Hub.Cases;
using Hub.Kafka;
using Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Hub.Tests.Cases.CaseSamples;

namespace Hub.Tests.Cluster;

/// <summary>
/// The outbox on PostgreSQL through faults: a silo killed between a case's state write and the broker's ack, a case
/// deactivated after its outbox is out, and a state write that fails while the previous step's messages are leaving.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class OutboxRecoveryTests(PostgresFixture fixture)
{
    // Found dead after two missed probes of two seconds; swept a second after two seconds of waiting.
    private static readonly string[] Quick =
    [
        "--Hub:Membership:ProbeTimeout=00:00:02", "--Hub:Membership:MissedProbesLimit=2",
        "--Hub:Outbox:SweepInterval=00:00:01", "--Hub:Outbox:SweepAfter=00:00:02", "--Hub:Outbox:TakeOverAfter=00:00:10",
    ];

    // The producer holds what it is given for a minute before it sends anything: a silo killed within that minute
    // has written its cases' states, and the broker has seen none of their messages.
    private static readonly string[] ProducerThatHoldsItsMessages =
        ["--Hub:Kafka:Producer:linger.ms=60000", "--Hub:Kafka:Producer:message.timeout.ms=120000"];

    [PostgresFact]
    public async Task SiloKilledAfterTheStateWrite_BeforeTheBrokersAck_TheDispatchStillArrivesOnce_WithNoCallToTheCase()
    {
        var clusterId = $"outbox-kill-{Guid.NewGuid():N}";
        var siloPort = FreePort.Next();
        string caseId;
        await using (var doomed = SiloProcesses.Start(fixture, clusterId, fixture.BootstrapServers, siloPort, [.. Quick, .. ProducerThatHoldsItsMessages]))
        {
            caseId = await SiloProcesses.SubmitAsync(await doomed.WaitForAsync(SiloProcesses.ApiLine), fixture.WindowKey);
            Assert.Single(await Listed(caseId));
            await doomed.KillAsync();
        }

        using var log = OutboxChecks.Log(fixture.BootstrapServers, $"{clusterId}.", caseId);
        // The operator restarts the silo on its host and port, which tells the cluster the killed one is gone.
        await using var restarted = SiloProcesses.Start(fixture, clusterId, fixture.BootstrapServers, siloPort, Quick);
        await restarted.WaitForAsync(SiloProcesses.ApiLine);

        await log.ReadAsync(seen => seen.Count >= 3, OutboxChecks.Quiet);
        Assert.Equal(OutboxChecks.Submitted(caseId).Order(), log.EventIds.Order());
        await Eventually.Until(() => Listed(caseId), rows => rows.Count == 0, what: "the case's outbox to be recorded as out");
    }

    [PostgresFact]
    public async Task CaseDeactivatedAndReactivated_PublishesNothingAgain()
    {
        var (a, _) = await fixture.PairAsync();
        var prefix = a.Services.GetRequiredService<IOptions<KafkaOptions>>().Value.TopicPrefix;

        var published = await OutboxChecks.PublishedAfterReactivationAsync(a.Grains, fixture.BootstrapServers, prefix);

        Assert.Equal(OutboxChecks.Submitted(published[0].Split('/')[0]).Order(), published);
    }

    [PostgresFact]
    public async Task StateWriteThatFails_PublishesNoneOfItsMessages_EvenWhileThePreviousStepIsLeaving()
    {
        // A producer that lingers 300 ms: the acceptance's messages are still leaving while the approval's write runs.
        var clusterId = $"outbox-fail-{Guid.NewGuid():N}";
        await using var a = await ClusterSilo.StartAsync(fixture, clusterId, "--Hub:Kafka:Producer:linger.ms=300");
        var prefix = a.Services.GetRequiredService<IOptions<KafkaOptions>>().Value.TopicPrefix;
        var submission = Submission(delivery: Hub.Cases.DeliveryMethod.Electronic);
        var id = submission.CaseId.Value;
        var grain = a.Grains.Case(id);
        await grain.Submit(submission);
        using var log = OutboxChecks.Log(fixture.BootstrapServers, prefix, id);
        await FailWritesAsync(id, afterVersion: 2);
        var accepted = Event("public-security", Hub.Cases.DepartmentEventKind.TaskAccepted);
        var approved = Event("public-security", Hub.Cases.DepartmentEventKind.TaskApproved);

        // The approval follows the acceptance at once, while the acceptance's messages are still leaving; its write
        // (version 3) takes a second and then fails. Sent one after the other, not at once: the runtime does not
        // promise to deliver two concurrent calls in the order they were made.
        Assert.Equal(EventOutcome.Applied, await grain.ApplyDepartmentEvent(accepted));
        await Assert.ThrowsAnyAsync<Exception>(() => grain.ApplyDepartmentEvent(approved));

        await log.ReadAsync(seen => seen.Count >= 4, OutboxChecks.Quiet);
        Assert.Equal([.. OutboxChecks.Submitted(id), $"{id}/status/3"], log.EventIds.Order());

        await FailWritesAsync(id, afterVersion: null);
        Assert.Equal(EventOutcome.Applied, await grain.ApplyDepartmentEvent(approved));
        await log.ReadAsync(seen => seen.Count >= 6, OutboxChecks.Quiet);
        Assert.Equal([.. OutboxChecks.Submitted(id), $"{id}/status/3", $"{id}/status/4", $"{id}/status/5"], log.EventIds.Order());
        Assert.Equal(CaseStatus.Delivered, (await grain.GetView()).Status);
    }

    private Task<List<string?>> Listed(string caseId) => PostgresServer.QueryAsync(
        fixture.ConnectionString, "SELECT Version FROM HubOutbox WHERE GrainKey = @key", ("key", caseId));

    // A fault in the database itself: every write of this case past the version fails, a second after it began.
    private async Task FailWritesAsync(string caseId, int? afterVersion)
    {
        await PostgresServer.QueryAsync(fixture.ConnectionString, """
            CREATE TABLE IF NOT EXISTS test_failing_writes (grain_key text PRIMARY KEY, after_version integer NOT NULL);
            CREATE OR REPLACE FUNCTION test_fail_write() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
                IF EXISTS (SELECT 1 FROM test_failing_writes f WHERE f.grain_key = NEW.GrainIdExtensionString AND NEW.Version > f.after_version) THEN
                    PERFORM pg_sleep(1);
                    RAISE EXCEPTION 'injected: this write fails';
                END IF;
                RETURN NEW;
            END $f$;
            DROP TRIGGER IF EXISTS test_fail_write ON OrleansStorage;
            CREATE TRIGGER test_fail_write BEFORE UPDATE ON OrleansStorage FOR EACH ROW EXECUTE FUNCTION test_fail_write();
            SELECT 1;
            """);
        await PostgresServer.QueryAsync(fixture.ConnectionString, "DELETE FROM test_failing_writes WHERE grain_key = @key; SELECT 1", ("key", caseId));
        if (afterVersion is { } version)
        {
            await PostgresServer.QueryAsync(fixture.ConnectionString, "INSERT INTO test_failing_writes VALUES (@key, @version); SELECT 1", ("key", caseId), ("version", version));
        }
    }
}
