using System.Text;
using Confluent.Kafka;
using Hub.Cases;
using Hub.Certificates;
using Hub.Identifiers;
using Hub.Kafka;
using Hub.Kafka.DeadLetters;
using Hub.Kafka.Internal;
using Hub.Tests.Support;
using static Hub.Tests.Cases.CaseSamples;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Grains;

/// <summary>
/// A department's approval published on Kafka may carry the e-certificates it issues: they reach the real certificate
/// grains, held by the case's applicant and naming the case, and the case shows them — or, when any is wrong, the
/// approval is dead-lettered with its reason and neither it nor any of its certificates is applied.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ApprovedCertificateConsumerTests(ClusterFixture fixture)
{
    private const string Department = "public-security";
    private const string HouseholdRegister = "11100000HUB000001J001";
    private const string RealEstateTitle = "11100000MB03271699001";
    private const string UnknownType = "11100000HUB0000075009";
    private const string Issuer = "11430000006122244L";
    private const string NotACreditCode = "11430000006122244X";

    private IGrainFactory Grains => fixture.Client;

    [Fact]
    public async Task ApprovalWithACertificate_DeliveredTwice_IssuesItOnceToTheApplicant_AndTheCaseShowsIt()
    {
        var submission = await Submitted();
        var certificate = Certificate(submission);
        var approval = Encode(submission, Approval(certificate));

        // The empty message behind the copies is dead-lettered whatever the case: once it is, both copies were consumed.
        await Publish(submission, approval, approval, []);

        var letter = Assert.Single(await DeadLetters(submission));
        Assert.StartsWith($"{DeadLetterCodes.Empty}:", Header(letter, HubHeaders.DeadLetterReason));
        var view = await fixture.Case(submission).GetView();
        Assert.Equal(CaseStatus.Delivered, view.Status);
        Assert.Equal([certificate.Id.ToString()], view.Certificates);
        Assert.Equal($"{certificate.Id} 居民户口簿", Assert.Single(view.Timeline, t => t.Action == "certificate-issued").Detail);
        var issued = await Grains.GetGrain<ICertificateGrain>(certificate.Id.ToString()).GetView();
        Assert.Equal((CertificateStatus.Valid, submission.CaseId), (issued.Status, issued.IssuingCase));
        Assert.Equal(PersonalData.Mask(submission.Applicant.Identifier), issued.HolderMasked);
        var history = Assert.Single(issued.History);
        Assert.Equal(("department:public-security/officer-5", CertificateOperation.Issue), (history.Actor, history.Operation));
        var holder = await Grains.GetGrain<IHolderGrain>(fixture.SiloService<HolderKeys>().For(HolderIdType.CitizenId, submission.Applicant.Identifier)).GetView();
        Assert.Contains(certificate.Id.ToString(), holder.Certificates);
    }

    [Fact]
    public async Task FailureAfterTheFirstCertificateIsIssued_TheApprovalAgainIssuesTheSecond_AndRepeatsNothing()
    {
        var submission = await Submitted();
        var (first, second) = (Certificate(submission), Certificate(submission));
        FailingCertificateIssues.FailNext(second.Id.ToString(), times: 1);

        await Publish(submission, Encode(submission, Approval(first, second)));

        var view = await Eventually.Until(() => fixture.Case(submission).GetView(), v => v.Status == CaseStatus.Delivered, what: "the approval, tried again");
        Assert.Equal(0, FailingCertificateIssues.Remaining(second.Id.ToString()));
        Assert.Equal([first.Id.ToString(), second.Id.ToString()], view.Certificates);
        Assert.Single(view.Timeline, t => t.Action == "task-approved");
        foreach (var certificate in (CertificateToIssue[])[first, second])
        {
            var issued = await Grains.GetGrain<ICertificateGrain>(certificate.Id.ToString()).GetView();
            Assert.Equal(CertificateOperation.Issue, Assert.Single(issued.History).Operation);
        }

        Assert.Empty(await HubFeeds.DeadLettersAsync(fixture.BootstrapServers, fixture.TopicPrefix, [submission.CaseId.Value]));
    }

    public static TheoryData<string> Refusals => [.. Scenarios.Keys];

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task ApprovalWithABadCertificate_IsDeadLetteredNamingIt_NothingOfItIsApplied_AndTheApprovalBehindItIs(string name)
    {
        var submission = await Submitted();
        var good = Certificate(submission);
        var refused = await Scenarios[name](this, submission, good);
        var corrected = Certificate(submission);

        await Publish(submission, refused.Bad, Encode(submission, Approval(corrected)));

        var view = await Eventually.Until(() => fixture.Case(submission).GetView(), v => v.Status == CaseStatus.Delivered, what: "the approval behind the bad one");
        var letter = Assert.Single(await DeadLetters(submission));
        var reason = Header(letter, HubHeaders.DeadLetterReason)!;
        Assert.StartsWith($"{refused.Code}: ", reason);
        Assert.Contains(refused.Names, reason);
        Assert.Contains(refused.Words, reason);
        Assert.Equal(refused.Bad, letter.Message.Value);
        Assert.Equal([corrected.Id.ToString()], view.Certificates);
        Assert.Single(view.Timeline, t => t.Action == "task-approved");
        Assert.Null(await Read(good.Id));
        Assert.DoesNotContain(submission.Applicant.Identifier, reason);
    }

    /// <summary>A bad approval carrying <see cref="Good"/> and a certificate with something wrong: what its dead letter says and names.</summary>
    private sealed record Refused(byte[] Bad, string Code, string Names, string Words);

    private static readonly Dictionary<string, Func<ApprovedCertificateConsumerTests, CaseSubmission, CertificateToIssue, Task<Refused>>> Scenarios = new()
    {
        ["id check character wrong"] = (_, s, good) =>
        {
            var bad = Certificate(s);
            var mistyped = bad.Id.ToString()[..^1] + (bad.Id.Check == '0' ? '1' : '0');
            return Spoilt(s, good, bad, w => w.CertificateId = mistyped, DeadLetterCodes.InvalidCertificateId, mistyped, "The check character");
        },
        ["issuer code not a credit code"] = (_, s, good) =>
        {
            var bad = Certificate(s);
            return Spoilt(s, good, bad, w => w.IssuerCode = NotACreditCode, DeadLetterCodes.InvalidIssuerCode, bad.Id.ToString(), $"issuer_code '{NotACreditCode}' is not a unified social credit code");
        },
        ["unknown type"] = (_, s, good) =>
        {
            var bad = Certificate(s, UnknownType);
            return Task.FromResult(new Refused(Encode(s, Approval(good, bad)), CertificateRuleCodes.UnknownType, bad.Id.ToString(), "is not in the hub's catalogue"));
        },
        ["type another line issues"] = (_, s, good) =>
        {
            var bad = Certificate(s, RealEstateTitle);
            return Task.FromResult(new Refused(
                Encode(s, Approval(good, bad)), CertificateRuleCodes.TypeNotIssuedHere, bad.Id.ToString(), "issued by department line 'natural-resources', not by 'public-security'"));
        },
        ["holder not the applicant"] = (_, s, good) =>
        {
            var bad = Certificate(s, holder: UniqueChangshaCitizenId());
            return Task.FromResult(new Refused(Encode(s, Approval(good, bad)), CaseRuleCodes.HolderMismatch, bad.Id.ToString(), "belongs to the case's applicant"));
        },
        ["id another event issued"] = async (tests, s, good) =>
        {
            var taken = Certificate(s);
            var before = taken.Issue with { Issued = taken.Issue.Issued with { EventId = Guid.NewGuid().ToString("N") }, IssuingCase = null };
            await tests.Grains.GetGrain<ICertificateGrain>(taken.Id.ToString()).Issue(before);
            return new Refused(Encode(s, Approval(good, taken)), CertificateRuleCodes.AlreadyIssued, taken.Id.ToString(), $"was issued already, by event {before.Issued.EventId}");
        },
    };

    // The approval of good and bad, bad spoilt on the wire.
    private static Task<Refused> Spoilt(
        CaseSubmission s, CertificateToIssue good, CertificateToIssue bad, Action<Wire.CertificateIssued> spoil, string code, string names, string words)
    {
        var wire = DepartmentEventMapper.ToWire(s.CaseId, Approval(good, bad));
        spoil(wire.Approved!.Certificates[1]);
        return Task.FromResult(new Refused(ProtoCodec.Encode(wire), code, names, words));
    }

    private static DepartmentEvent Approval(params CertificateToIssue[] certificates) =>
        new(Guid.NewGuid().ToString("N"), Department, DepartmentEventKind.TaskApproved, DateTimeOffset.UtcNow, "officer-5", "准予登记", [], [], certificates);

    // The issue's event id is left for the mapper to derive from the approval's; what matters here is the certificate.
    private static CertificateToIssue Certificate(CaseSubmission submission, string type = HouseholdRegister, string? holder = null)
    {
        var id = CertificateId.Create(type, Issuer, Guid.NewGuid().ToString("N").ToUpperInvariant(), "001");
        var metadata = Certificates.CertificateSamples.Metadata(holder: holder ?? submission.Applicant.Identifier) with
        {
            TypeCode = type, TypeName = "居民户口簿", Number = "430102-2026-0042", IssuerName = "长沙市公安局芙蓉分局", MatterCode = submission.MatterCode,
        };
        var issued = new CertificateChange("(derived)", CertificateOperation.Issue, Department, "officer-5", DateTimeOffset.UtcNow, null);
        return new CertificateToIssue(id, new CertificateIssue(metadata, issued, submission.CaseId, null, null));
    }

    private static byte[] Encode(CaseSubmission submission, DepartmentEvent approval) =>
        ProtoCodec.Encode(DepartmentEventMapper.ToWire(submission.CaseId, approval));

    private async Task<CaseSubmission> Submitted()
    {
        var submission = Submission() with { Applicant = new Applicant(ApplicantKind.Person, UniqueChangshaCitizenId(), "刘芳", null) };
        await fixture.Case(submission).Submit(submission);
        return submission;
    }

    private async Task Publish(CaseSubmission submission, params byte[][] values)
    {
        using var line = new DepartmentLine(fixture.BootstrapServers, fixture.TopicPrefix);
        await line.PublishAsync(Department, submission.CaseId.Value, values);
    }

    private Task<List<ConsumeResult<string?, byte[]?>>> DeadLetters(CaseSubmission submission) =>
        HubFeeds.DeadLettersAsync(fixture.BootstrapServers, fixture.TopicPrefix, [submission.CaseId.Value], atLeast: 1);

    private async Task<CertificateView?> Read(CertificateId id)
    {
        try
        {
            return await Grains.GetGrain<ICertificateGrain>(id.ToString()).GetView();
        }
        catch (CertificateRuleException ex) when (ex.Code == CertificateRuleCodes.NotFound)
        {
            return null;
        }
    }

    private static string? Header(ConsumeResult<string?, byte[]?> record, string key) =>
        record.Message.Headers.TryGetLastBytes(key, out var bytes) ? Encoding.UTF8.GetString(bytes) : null;
}
