using Hub.Cases;
using Hub.Identifiers;
using Hub.Signing;
using Hub.Windows;

namespace Hub.Api;

/// <summary>
/// A case's signed hand-off log (docs/hand-off-log.md): every entry in its canonical form with its hash, and every seal
/// with the statement its key signed. The hub checks the stored log before serving it: one that does not verify is
/// served with <c>verified: false</c> and what is wrong, never as good, and logged as an error.
/// </summary>
public static partial class CaseLogEndpoints
{
    public static RouteGroupBuilder MapCaseLog(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{id}/log", Read).WithTags("Cases")
            .WithSummary("The case's hand-off log: entries (canonical text, hash, previous hash) and the hub's seals over the chain heads (Merkle path, batch statement, ECDSA P-256 signature, key id); verified false with the problems if the stored log does not check.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>The public keys that sign hand-off logs, the active one first: open to anyone, as public keys are.</summary>
    public static IEndpointRouteBuilder MapLogKeys(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ops/keys", (LogKeys keys) => Results.Ok(new
        {
            keys = keys.All.Select(k => new { keyId = k.KeyId, algorithm = k.Algorithm, status = k.Active ? "active" : "retired", publicKeyPem = k.PublicKeyPem }),
        })).AllowAnonymous().WithTags("Operations")
            .WithSummary("The public keys of the hub's hand-off logs (ECDSA P-256, PEM SubjectPublicKeyInfo), the active one first, then the retired ones whose seals still verify.");
        return app;
    }

    private static async Task<IResult> Read(string id, HttpContext http, IGrainFactory grains, LogKeys keys, ILoggerFactory loggers)
    {
        if (!CaseId.TryParse(id, out var caseId, out var error))
        {
            return InputErrors.Single("id", error);
        }

        var window = http.Window();
        var log = await grains.Case(caseId.Value).GetLog(CaseCaller.Window(window.Id, window.Node));
        var (hashes, problems) = LogVerification.Check(log, keys);
        if (problems.Count > 0)
        {
            LogBroken(loggers.CreateLogger(typeof(CaseLogEndpoints)), log.CaseId.Value, string.Join(" ", problems));
        }

        var entries = log.Entries.Select((e, i) => new
        {
            seq = i + 1,
            at = HandOffLog.Time(e.At),
            actor = e.Actor,
            action = e.Action,
            status = e.Status.ToString(),
            detail = e.Detail ?? "",
            evidence = e.Evidence ?? "",
            prev = i == 0 ? HandOffLog.Genesis : hashes[i - 1],
            hash = hashes[i],
            canonical = HandOffLog.Canonical(log.CaseId.Value, i + 1, e, i == 0 ? HandOffLog.Genesis : hashes[i - 1]),
        });
        var seals = log.Seals.Select(s => new
        {
            through = s.Through,
            head = s.Head,
            keyId = s.KeyId,
            signedAt = HandOffLog.Time(s.SignedAt),
            batchSize = s.BatchSize,
            root = s.Root,
            path = s.Path,
            statement = HandOffLog.Statement(s.KeyId, s.SignedAt, s.BatchSize, s.Root),
            signature = s.Signature,
        });
        return Results.Ok(new { caseId = log.CaseId.Value, format = "hub-log/1", algorithm = LogKeys.Algorithm, verified = problems.Count == 0, problems, entries, seals });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The stored hand-off log of case {CaseId} does not verify: {Problems}")]
    private static partial void LogBroken(ILogger logger, string caseId, string problems);
}
