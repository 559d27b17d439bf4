using Hub.Cases;
using Hub.Identifiers;
using Hub.Registry;
using Hub.Windows;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Hub.Api;

/// <summary>
/// The window API for cases: submit, read, supplement, withdraw, hand over, rate. Each call is one call to the case
/// grain, which decides what the window's node may see: a case it is not party to is 404, as one that does not exist.
/// </summary>
public static class CaseEndpoints
{
    public static RouteGroupBuilder MapCaseEndpoints(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases");
        cases.MapPost("/", Submit).WithSummary("Submit a cross-region case at this window's node; send an Idempotency-Key to resend safely.")
            .Produces<CaseResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        cases.MapGet("/{id}", (string id, HttpContext http, IGrainFactory grains, NodeRegistry registry) =>
            Act(id, http, grains, registry, (g, c) => g.GetView(c)))
            .WithSummary("Status, parties, deadlines and timeline of a case.").Produces<CaseResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        cases.MapPost("/{id}/supplements", (string id, SupplementRequest body, HttpContext http, IGrainFactory grains, NodeRegistry registry) =>
            Act(id, http, grains, registry, (g, c) => g.Supplement(c, ToMaterials(body.Materials))))
            .WithSummary("Add the materials a department asked for; a resend changes nothing.").Produces<CaseResponse>();
        cases.MapPost("/{id}/withdrawal", (string id, WithdrawalRequest body, HttpContext http, IGrainFactory grains, NodeRegistry registry) =>
            Act(id, http, grains, registry, (g, c) => g.Withdraw(c, body.Reason ?? "withdrawn by the applicant")))
            .WithSummary("Withdraw a case before its decision; a resend changes nothing.").Produces<CaseResponse>();
        cases.MapPost("/{id}/handover", (string id, HttpContext http, IGrainFactory grains, NodeRegistry registry) =>
            Act(id, http, grains, registry, (g, c) => g.Handover(c)))
            .WithSummary("Record that the result was handed to the applicant; a resend changes nothing.").Produces<CaseResponse>();
        cases.MapPost("/{id}/rating", (string id, RatingRequest body, HttpContext http, IGrainFactory grains, NodeRegistry registry) =>
            body.Level is null
                ? Task.FromResult(InputErrors.Single("level", "Required: 1 (非常不满意) to 5 (非常满意)."))
                : body.Fault is not (null or "handling" or "receiving")
                    ? Task.FromResult(InputErrors.Single("fault", "Say whose service the rating is about: \"handling\" (the default) or \"receiving\"."))
                    : Act(id, http, grains, registry, (g, c) => g.Rate(c, body.Level.Value, body.Comment, body.Fault == "receiving" ? RatingFault.Receiving : RatingFault.Handling)))
            .WithSummary("Record the applicant's 好差评 rating and close the case; a bad one (1 or 2) opens a rectification, after which the applicant rates once more. The same rating again changes nothing.").Produces<CaseResponse>();
        cases.MapPost("/{id}/rectification/follow-up", (string id, FollowUpRequest body, HttpContext http, IGrainFactory grains, NodeRegistry registry) =>
            string.IsNullOrWhiteSpace(body.Note)
                ? Task.FromResult(InputErrors.Single("note", "Required: what the applicant said when the node followed up (回访)."))
                : Act(id, http, grains, registry, (g, c) => g.FollowUp(c, body.Note.Trim())))
            .WithSummary("The responsible node records its follow-up (回访) of a bad rating; a resend changes nothing.").Produces<CaseResponse>();
        cases.MapPost("/{id}/rectification", (string id, RectificationRequest body, HttpContext http, IGrainFactory grains, NodeRegistry registry) =>
            string.IsNullOrWhiteSpace(body.Measures)
                ? Task.FromResult(InputErrors.Single("measures", "Required: what the node changed (整改)."))
                : Act(id, http, grains, registry, (g, c) => g.Rectify(c, body.Measures.Trim())))
            .WithSummary("The responsible node records what it changed (整改) after a bad rating; then the applicant may rate once more.").Produces<CaseResponse>();
        cases.MapPost("/{id}/shipments", RecordShipment)
            .WithSummary("The receiving window records a shipment: the originals it posted to the handling node, or the result it posted to the applicant (the handover of a case delivered by post).")
            .Produces<CaseResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<IResult> Submit(
        SubmitCaseRequest request, HttpContext http, SubmissionBuilder builder, CertificateUses certificates, IGrainFactory grains, NodeRegistry registry,
        IOptions<JsonOptions> json)
    {
        var key = IdempotencyKey.Read(http.Request, out var keyProblem);
        if (keyProblem is not null)
        {
            return keyProblem;
        }

        var window = http.Window();
        if (!builder.TryBuild(request, window, out var submission, out var problem))
        {
            return problem;
        }

        var (refused, verified) = await certificates.CheckAsync(submission, request.Consent);
        if (refused is not null)
        {
            return refused;
        }

        submission = verified;
        if (key is not null)
        {
            var claimed = await grains.GetGrain<ISubmissionKeyGrain>($"{window.Id}/{key}")
                .Claim(IdempotencyKey.Fingerprint(request, json.Value.SerializerOptions), submission.CaseId);
            if (claimed is not { } caseId)
            {
                return InputErrors.Single(
                    IdempotencyKey.Header,
                    $"This window already used key '{key}' for a different submission in the last {SubmissionKeyGrain.Lifetime.TotalHours:0} hours; send a new key for a new submission, or the first submission unchanged to get its case.",
                    StatusCodes.Status422UnprocessableEntity);
            }

            submission = submission with { CaseId = caseId, IdempotencyKey = key };
        }

        var view = await grains.Case(submission.CaseId.Value).Submit(submission);
        await certificates.RecordAsync(view, submission, request.Consent);
        return Results.Created($"/api/cases/{view.CaseId}", CaseResponse.From(view, registry, http.RequestServices.GetRequiredService<QueryCodes>()));
    }

    private static async Task<IResult> Act(
        string id, HttpContext http, IGrainFactory grains, NodeRegistry registry, Func<ICaseGrain, CaseCaller, Task<CaseView>> action)
    {
        if (!CaseId.TryParse(id, out var caseId, out var error))
        {
            return InputErrors.Single("id", error);
        }

        var window = http.Window();
        var view = await action(grains.Case(caseId.Value), CaseCaller.Window(window.Id, window.Node));
        return Results.Ok(CaseResponse.From(view, registry, http.RequestServices.GetRequiredService<QueryCodes>()));
    }

    private static async Task<IResult> RecordShipment(string id, ShipmentRequest body, HttpContext http, IGrainFactory grains, NodeRegistry registry)
    {
        var errors = new InputErrors();
        ShipmentDirection? direction = body.Direction?.Trim() switch
        {
            { } d when d.Equals("Originals", StringComparison.OrdinalIgnoreCase) => ShipmentDirection.Originals,
            { } d when d.Equals("Result", StringComparison.OrdinalIgnoreCase) => ShipmentDirection.Result,
            _ => null,
        };
        if (direction is null)
        {
            errors.Add("direction", "Required: Originals (the originals posted to the handling node) or Result (the result posted to the applicant).");
        }

        var carrier = body.Carrier?.Trim().ToUpperInvariant();
        if (carrier is null || !Carriers.All.ContainsKey(carrier))
        {
            errors.Add("carrier", $"Name the courier by its code: one of {string.Join(", ", Carriers.All.Select(c => $"{c.Key} ({c.Value})"))}.");
        }

        var waybill = Carriers.Waybill(body.Waybill, out var problem);
        if (waybill is null)
        {
            errors.Add("waybill", $"This is no waybill number: {problem}.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!CaseId.TryParse(id, out var caseId, out var error))
        {
            return InputErrors.Single("id", error);
        }

        // Only a party may bind a waybill to the case: the view answers 404 to anyone else, before anything is claimed.
        var window = http.Window();
        var caller = CaseCaller.Window(window.Id, window.Node);
        var grain = grains.Case(caseId.Value);
        await grain.GetView(caller);
        var holder = await grains.GetGrain<IWaybillGrain>(Carriers.Key(carrier!, waybill!)).Claim(caseId);
        if (holder != caseId)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The waybill is another case's",
                detail: $"{carrier} waybill {waybill} is already recorded on another case. Check the number on the label.",
                extensions: new Dictionary<string, object?> { ["code"] = CaseRuleCodes.WaybillTaken });
        }

        var view = await grain.RecordShipment(caller, direction!.Value, carrier!, waybill!);
        return Results.Ok(CaseResponse.From(view, registry, http.RequestServices.GetRequiredService<QueryCodes>()));
    }

    private static IReadOnlyList<Material> ToMaterials(IReadOnlyList<MaterialRequest>? materials) =>
        materials?.Where(m => !string.IsNullOrWhiteSpace(m?.Code)).Select(m => new Material(m.Code!.Trim(), m.Reference ?? "")).ToArray() ?? [];
}
