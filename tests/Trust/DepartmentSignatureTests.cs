using System.Security.Cryptography;
using System.Text;
using Confluent.Kafka;
using Hub.Cases;
using Hub.Kafka;
using Hub.Kafka.DeadLetters;
using Hub.Kafka.Internal;
using Hub.Tests.Support;
using Microsoft.Extensions.Options;
using Contracts = Hub.Kafka.Contracts;
using static Hub.Tests.Cases.CaseSamples;

namespace Hub.Tests.Trust;

/// <summary>A silo with public-security's key registered, and public-security required to sign (non-repudiation).</summary>
public sealed class SignedLinesFixture : ClusterFixture
{
    public SignedLinesFixture()
    {
        PublicSecurityKey = SigningKeys.NewFile();
        PublicSecurityPublicKey = SigningKeys.PublicFile(PublicSecurityKey);
    }

    /// <summary>The department's private key, which it signs with (the hub never has it).</summary>
    public string PublicSecurityKey { get; }

    /// <summary>Its public key, as an operator registers it with the hub.</summary>
    public string PublicSecurityPublicKey { get; }

    protected override IReadOnlyDictionary<string, string?> MoreSettings => new Dictionary<string, string?>
    {
        ["Hub:DepartmentSignatures:Lines:public-security:KeyFiles:0"] = PublicSecurityPublicKey,
        ["Hub:DepartmentSignatures:Lines:public-security:Required"] = "true",
    };
}

/// <summary>
/// A department line that signs its events: a good signature is applied and kept on the case's timeline, where an
/// auditor checks it with openssl; a bad one, a missing one where the line must sign, and one by a key the hub does
/// not know are dead letters whose reasons say so, and the case is left as it was.
/// </summary>
public sealed class DepartmentSignatureTests(SignedLinesFixture fixture) : IClassFixture<SignedLinesFixture>
{
    [Fact]
    public async Task AnEventSignedWithOpenssl_IsApplied_AndTheSignatureOnItsTimelineEntryVerifiesWithOpenssl()
    {
        var submission = await Submitted();
        var value = Accepted(submission);
        var folder = Directory.CreateTempSubdirectory("department-signature").FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, "event.bin"), value);
        var signed = await Repository.RunAsync("openssl", "dgst", "-sha256", "-sign", fixture.PublicSecurityKey, "-out", Path.Combine(folder, "event.sig"), Path.Combine(folder, "event.bin"));
        Assert.True(signed.ExitCode == 0, signed.Output);

        await Send(submission, value, Convert.ToBase64String(await File.ReadAllBytesAsync(Path.Combine(folder, "event.sig"))), keyId: null);

        var view = await Eventually.Until(() => fixture.Case(submission).GetView(), v => v.Status == CaseStatus.Accepted, what: "the signed acceptance to be applied");
        var evidence = Fields(Assert.Single(view.Timeline, t => t.Action == "accepted").Evidence);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(value)), evidence["sha256"]);
        using (var key = ECDsa.Create())
        {
            key.ImportFromPem(await File.ReadAllTextAsync(fixture.PublicSecurityPublicKey));
            Assert.Equal(DepartmentSignatures.KeyId("public-security", key), evidence["key"]);
        }

        // The auditor's check, from the entry alone and the line's public key: the digest it names, signed by the line.
        await File.WriteAllBytesAsync(Path.Combine(folder, "digest.bin"), Convert.FromHexString(evidence["sha256"]));
        await File.WriteAllBytesAsync(Path.Combine(folder, "kept.sig"), Convert.FromBase64String(evidence["signature"]));
        var verified = await Repository.RunAsync("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", fixture.PublicSecurityPublicKey,
            "-in", Path.Combine(folder, "digest.bin"), "-sigfile", Path.Combine(folder, "kept.sig"));
        Assert.True(verified.ExitCode == 0, verified.Output);
        Assert.Contains("Signature Verified Successfully", verified.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEventChangedAfterItWasSigned_IsDeadLetteredAsABadSignature_AndTheCaseIsUnchanged()
    {
        var submission = await Submitted();
        var value = Accepted(submission);
        var signature = Sign(value);
        value[^1] ^= 0x01; // the officer's id, one bit changed on the way

        await Send(submission, value, signature, KeyId());

        var reason = await DeadLetterReason(submission);
        Assert.StartsWith($"{DeadLetterCodes.BadSignature}: the signature does not verify over the message's {value.Length} bytes", reason, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(value)), reason, StringComparison.Ordinal);
        await AssertUnchanged(submission);
    }

    [Fact]
    public async Task AnUnsignedEventOfALineThatMustSign_IsDeadLetteredAsMissingSignature()
    {
        var submission = await Submitted();

        await Send(submission, Accepted(submission), signature: null, keyId: null);

        var reason = await DeadLetterReason(submission);
        Assert.StartsWith($"{DeadLetterCodes.MissingSignature}: line public-security must sign every message", reason, StringComparison.Ordinal);
        await AssertUnchanged(submission);
    }

    [Fact]
    public async Task AnEventSignedWithAKeyNotRegistered_IsDeadLetteredNamingTheKeysThatAre()
    {
        var submission = await Submitted();
        var value = Accepted(submission);
        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var strangerId = DepartmentSignatures.KeyId("public-security", stranger);

        await Send(submission, value, Convert.ToBase64String(stranger.SignData(value, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)), strangerId);

        var reason = await DeadLetterReason(submission);
        Assert.StartsWith($"{DeadLetterCodes.UnknownSigningKey}: the message is signed with key {strangerId}, which is not registered for line public-security (registered: {KeyId()})", reason, StringComparison.Ordinal);
        await AssertUnchanged(submission);
    }

    [Fact]
    public void KeysForALineTheHubDoesNotConsume_OrAFileThatIsNotAKey_RefuseTheStartNamingThem()
    {
        var notAKey = Path.Combine(Directory.CreateTempSubdirectory("department-signature").FullName, "not-a-key.pem");
        File.WriteAllText(notAKey, "hello");
        var options = new DepartmentSignatureOptions();
        options.Lines["police"] = new DepartmentLineKeys { KeyFiles = [fixture.PublicSecurityPublicKey] };
        options.Lines["tax"] = new DepartmentLineKeys { KeyFiles = [notAKey] };

        var result = new DepartmentSignatureOptionsValidator().Validate(Options.DefaultName, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.StartsWith("Hub:DepartmentSignatures:Lines:police: 'police' is not a line the hub consumes", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith($"Hub:DepartmentSignatures:Lines:tax:KeyFiles: {notAKey}: not a PEM EC key", StringComparison.Ordinal));
    }

    private async Task<CaseSubmission> Submitted()
    {
        var submission = Submission();
        await fixture.Case(submission).Submit(submission);
        return submission;
    }

    private async Task AssertUnchanged(CaseSubmission submission)
    {
        var view = await fixture.Case(submission).GetView();
        Assert.Equal(CaseStatus.Forwarded, view.Status);
        Assert.DoesNotContain(view.Timeline, t => t.Actor == "department:public-security");
    }

    private static byte[] Accepted(CaseSubmission submission) =>
        ProtoCodec.Encode(new Contracts.DepartmentEvent
        {
            EventId = Guid.NewGuid().ToString("N"),
            OccurredAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            CaseId = submission.CaseId.Value,
            Department = "public-security",
            Officer = "officer-12",
            Accepted = new Contracts.TaskAccepted(),
        });

    private string Sign(byte[] value)
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(fixture.PublicSecurityKey));
        return Convert.ToBase64String(key.SignData(value, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
    }

    private string KeyId()
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(fixture.PublicSecurityPublicKey));
        return DepartmentSignatures.KeyId("public-security", key);
    }

    private async Task Send(CaseSubmission submission, byte[] value, string? signature, string? keyId)
    {
        using var producer = new ProducerBuilder<string, byte[]>(new ProducerConfig { BootstrapServers = fixture.BootstrapServers }).Build();
        var headers = new Headers { { HubHeaders.Type, Encoding.UTF8.GetBytes(HubMessageTypes.DepartmentEvent) } };
        if (signature is not null)
        {
            headers.Add(HubHeaders.Signature, Encoding.UTF8.GetBytes(signature));
        }

        if (keyId is not null)
        {
            headers.Add(HubHeaders.SignatureKey, Encoding.UTF8.GetBytes(keyId));
        }

        await producer.ProduceAsync(HubTopics.DepartmentEvents("public-security", fixture.TopicPrefix), new Message<string, byte[]> { Key = submission.CaseId.Value, Value = value, Headers = headers });
    }

    private async Task<string> DeadLetterReason(CaseSubmission submission)
    {
        var letter = Assert.Single(await HubFeeds.DeadLettersAsync(fixture.BootstrapServers, fixture.TopicPrefix, [submission.CaseId.Value], atLeast: 1));
        return letter.Message.Headers.TryGetLastBytes(HubHeaders.DeadLetterReason, out var bytes) ? Encoding.UTF8.GetString(bytes) : "";
    }

    // The evidence's name=value fields.
    private static Dictionary<string, string> Fields(string? evidence)
    {
        Assert.NotNull(evidence);
        return evidence.Split(' ').Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => f[1]);
    }
}
