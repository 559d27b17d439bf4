using Hub.Cases;
using Hub.Certificates;
using Hub.Hosting;
using Hub.Kafka;
using Hub.Kafka.Internal;
using Hub.Messages;
using Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Hub.Tests.Cases.CaseSamples;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Kafka;

/// <summary>
/// The department simulator on its own broker (answers and their mix), and against a hub of its own (<see cref="ClusterFixture"/>)
/// for the certificates its approvals issue.
/// </summary>
[Collection(KafkaCollection.Name)]
public class DepartmentSimulatorTests(KafkaFixture fixture, ClusterFixture hub) : IClassFixture<ClusterFixture>
{
    private const int CaseCount = 4;

    [Fact]
    public async Task Dispatch_IsAnsweredWithAcceptanceThenADecision()
    {
        var events = await RunAsync("health", Samples.Dispatch("health"), approve: 80, reject: 10, supplement: 10);

        Assert.Equal(2, events.Count);
        Assert.Equal(DepartmentEventKind.TaskAccepted, events[0].Kind);
        Assert.NotEqual(DepartmentEventKind.TaskAccepted, events[1].Kind);
        Assert.NotEqual(events[0].EventId, events[1].EventId);
        Assert.All(events, e => Assert.Equal("health", e.Department));
    }

    [Fact]
    public async Task Dispatch_WhenEverythingIsRejected_IsRejectedWithAReason()
    {
        var events = await RunAsync("transport", Samples.Dispatch("transport"), approve: 0, reject: 100, supplement: 0);

        Assert.Equal([DepartmentEventKind.TaskAccepted, DepartmentEventKind.TaskRejected], events.Select(e => e.Kind));
        Assert.False(string.IsNullOrWhiteSpace(events[1].Reason));
    }

    [Fact]
    public async Task Dispatch_WhenEverythingNeedsSupplements_AsksForOneOfItsMaterials()
    {
        var order = Samples.Dispatch("housing");

        var events = await RunAsync("housing", order, approve: 0, reject: 0, supplement: 100);

        Assert.Equal([DepartmentEventKind.TaskAccepted, DepartmentEventKind.SupplementRequested], events.Select(e => e.Kind));
        Assert.Contains(Assert.Single(events[1].RequestedMaterials), order.Materials.Select(m => m.Code));
    }

    [Fact]
    public async Task Resubmission_IsApprovedEvenWhenEverythingElseNeedsSupplements()
    {
        var events = await RunAsync("civil-affairs", Samples.Dispatch("civil-affairs", isResubmission: true), approve: 0, reject: 0, supplement: 100);

        Assert.Equal([DepartmentEventKind.TaskAccepted, DepartmentEventKind.TaskApproved], events.Select(e => e.Kind));
    }

    [Fact]
    public async Task EveryApproval_WhenCertificatePercentIs100_IssuesTheApplicantACertificate_ThatTheHubHoldsValid()
    {
        var (cases, issued) = await ApproveThroughTheHubAsync(certificatePercent: 100);

        Assert.Equal(cases.Select(c => c.Submission.CaseId.Value).Order(), issued.Select(e => e.CaseId).Order());
        foreach (var (submission, view) in cases)
        {
            var id = Assert.Single(view.Certificates);
            Assert.Equal(id, Assert.Single(issued, e => e.CaseId == submission.CaseId.Value).CertificateIssued!.CertificateId);
            var certificate = await Eventually.Until(() => Verify(id), c => c is not null, what: $"the hub to hold certificate {id}");
            Assert.Equal(CertificateStatus.Valid, certificate!.Status);
            Assert.Equal((submission.Applicant.Identifier, HolderIdType.CitizenId, submission.CaseId), (certificate.Metadata.HolderId, certificate.Metadata.HolderIdType, certificate.IssuingCase));
            Assert.True(hub.SiloService<CertificateTypeCatalogue>().TryGet(certificate.Metadata.TypeCode, out var type));
            Assert.Equal("public-security", type.Department);
        }
    }

    [Fact]
    public async Task NoApproval_WhenCertificatePercentIs0_IssuesACertificate()
    {
        var (cases, issued) = await ApproveThroughTheHubAsync(certificatePercent: 0);

        Assert.Empty(issued);
        Assert.All(cases, c => Assert.Empty(c.View.Certificates));
    }

    // Cases submitted to the hub, dispatched to public-security, approved by the simulator, and delivered; with the
    // certificate_issued events the simulator sent for them.
    private async Task<((CaseSubmission Submission, CaseView View)[] Cases, Wire.DepartmentEvent[] Issued)> ApproveThroughTheHubAsync(int certificatePercent)
    {
        var submissions = Enumerable.Range(0, CaseCount)
            .Select(_ => Submission() with { Applicant = new Applicant(ApplicantKind.Person, UniqueChangshaCitizenId(), "张三", null) })
            .ToArray();
        var settings = new Dictionary<string, string?>
        {
            ["Hub:Kafka:BootstrapServers"] = hub.BootstrapServers,
            ["Hub:Kafka:TopicPrefix"] = hub.TopicPrefix,
            ["Hub:Kafka:ConsumeDepartmentEvents"] = "false",
            ["Hub:Simulator:Enabled"] = "true",
            ["Hub:Simulator:ConsumerGroup"] = $"simulator-{Guid.NewGuid():N}",
            ["Hub:Simulator:MinDelayMs"] = "0",
            ["Hub:Simulator:MaxDelayMs"] = "50",
            ["Hub:Simulator:ApprovePercent"] = "100",
            ["Hub:Simulator:RejectPercent"] = "0",
            ["Hub:Simulator:SupplementPercent"] = "0",
            ["Hub:Simulator:CertificatePercent"] = $"{certificatePercent}",
        };
        using var simulator = KafkaTestHost.Build(settings, (s, c) => s.AddHubKafka(c).AddHubDepartmentSimulator(c));
        await simulator.StartAsync();
        await Task.WhenAll(submissions.Select(s => hub.Case(s).Submit(s)));

        var views = await Eventually.Until(
            () => Task.WhenAll(submissions.Select(s => hub.Case(s).GetView(VillageWindow))),
            v => v.All(c => c.Status == CaseStatus.Delivered), what: "every case to be approved and delivered");
        var ours = submissions.Select(s => s.CaseId.Value).ToHashSet();
        using var reader = new TopicReader(hub.BootstrapServers, HubTopics.DepartmentEvents("public-security", hub.TopicPrefix));
        var issued = (await reader.ReadUntilQuietAsync(_ => true, atLeast: 1))
            .Select(r => ProtoCodec.Decode<Wire.DepartmentEvent>(r.Message.Value))
            .Where(e => e.CertificateIssued is not null && ours.Contains(e.CaseId!))
            .ToArray();
        await simulator.StopAsync();
        return ([.. submissions.Zip(views)], issued);
    }

    // What a window's verification reads: the certificate as the hub holds it, or null while it holds none.
    private async Task<CertificateView?> Verify(string id)
    {
        try
        {
            return await hub.Client.GetGrain<ICertificateGrain>(id).GetView();
        }
        catch (CertificateRuleException ex) when (ex.Code == CertificateRuleCodes.NotFound)
        {
            return null;
        }
    }

    private async Task<List<DepartmentEvent>> RunAsync(string department, DispatchOrder order, int approve, int reject, int supplement)
    {
        var prefix = KafkaFixture.NewPrefix();
        var settings = KafkaTestHost.Settings(fixture, prefix);
        settings["Hub:Simulator:CertificatePercent"] = "0";
        settings["Hub:Simulator:Enabled"] = "true";
        settings["Hub:Simulator:ConsumerGroup"] = $"simulator-{prefix}";
        settings["Hub:Simulator:MinDelayMs"] = "0";
        settings["Hub:Simulator:MaxDelayMs"] = "50";
        settings["Hub:Simulator:ApprovePercent"] = $"{approve}";
        settings["Hub:Simulator:RejectPercent"] = $"{reject}";
        settings["Hub:Simulator:SupplementPercent"] = $"{supplement}";
        using var host = KafkaTestHost.Build(settings, (s, c) => s.AddHubKafka(c).AddHubDepartmentSimulator(c));
        await host.StartAsync();
        await host.Services.GetRequiredService<IHubPublisher>().PublishAsync([new OutboxMessage(order, null)], CancellationToken.None);

        using var reader = new TopicReader(fixture.BootstrapServers, HubTopics.DepartmentEvents(department, prefix));
        var records = await reader.ReadUntilQuietAsync(r => r.Message.Key == order.CaseId.Value, atLeast: 2);
        await host.StopAsync();

        return [.. records.Select(r =>
        {
            Assert.True(DepartmentEventMapper.TryDecode(r.Message.Value, HubMessageTypes.DepartmentEvent, department, out var caseId, out var evt, out var reason), reason);
            Assert.Equal(order.CaseId, caseId);
            return evt;
        })];
    }
}
