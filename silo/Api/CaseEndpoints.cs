using Hub.Cases;
using Hub.Identifiers;
using Hub.Registry;
using Hub.Windows;

namespace Hub.Api;

/// <summary>The window API for cases: submit, read, supplement, withdraw, hand over, rate.</summary>
public static class CaseEndpoints
{
    public static RouteGroupBuilder MapCaseEndpoints(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases");
        cases.MapPost("/", Submit).WithSummary("Submit a cross-region case at this window's node.")
            .Produces<CaseResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        cases.MapGet("/{id}", Get).WithSummary("Status, parties, deadlines and timeline of a case.").Produces<CaseResponse>();
        cases.MapPost("/{id}/supplements", (string id, SupplementRequest body, HttpContext http, IGrainFactory grains, NodeRegistry registry) =>
            Act(id, http, grains, registry, ReceivingOnly, (g, w) => g.Supplement(w.Id, ToMaterials(body.Materials))))
            .WithSummary("Add the materials a department asked for.").Produces<CaseResponse>();
        cases.MapPost("/{id}/withdrawal", (string id, WithdrawalRequest body, HttpContext http, IGrainFactory grains, NodeRegistry registry) =>
            Act(id, http, grains, registry, ReceivingOnly, (g, w) => g.Withdraw(w.Id, body.Reason ?? "withdrawn by the applicant")))
            .WithSummary("Withdraw a case before its decision.").Produces<CaseResponse>();
        cases.MapPost("/{id}/handover", (string id, HttpContext http, IGrainFactory grains, NodeRegistry registry) =>
            Act(id, http, grains, registry, ReceivingOnly, (g, w) => g.Handover(w.Id)))
            .WithSummary("Record that the result was handed to the applicant.").Produces<CaseResponse>();
        cases.MapPost("/{id}/rating", (string id, RatingRequest body, HttpContext http, IGrainFactory grains, NodeRegistry registry) =>
            body.Level is null
                ? Task.FromResult(InputErrors.Single("level", "Required: 1 (非常不满意) to 5 (非常满意)."))
                : Act(id, http, grains, registry, ReceivingOnly, (g, w) => g.Rate(w.Id, body.Level.Value, body.Comment)))
            .WithSummary("Record the applicant's 好差评 rating and close the case.").Produces<CaseResponse>();
        return api;
    }

    private static async Task<IResult> Submit(SubmitCaseRequest request, HttpContext http, SubmissionBuilder builder, IGrainFactory grains, NodeRegistry registry)
    {
        if (!builder.TryBuild(request, http.Window(), out var submission, out var problem))
        {
            return problem;
        }

        var view = await grains.Case(submission.CaseId.Value).Submit(submission);
        return Results.Created($"/api/cases/{view.CaseId}", CaseResponse.From(view, registry));
    }

    private static Task<IResult> Get(string id, HttpContext http, IGrainFactory grains, NodeRegistry registry) =>
        Act(id, http, grains, registry, AnyParty, (g, _) => g.GetView());

    private static bool AnyParty(CaseView view, Window window) => view.ReceivingNode == window.Node || view.HandlingNode == window.Node;

    private static bool ReceivingOnly(CaseView view, Window window) => view.ReceivingNode == window.Node;

    private static async Task<IResult> Act(
        string id, HttpContext http, IGrainFactory grains, NodeRegistry registry,
        Func<CaseView, Window, bool> mayAct, Func<ICaseGrain, Window, Task<CaseView>> action)
    {
        if (!CaseId.TryParse(id, out var caseId, out var error))
        {
            return InputErrors.Single("id", error);
        }

        var window = http.Window();
        var grain = grains.Case(caseId.Value);
        var current = await grain.GetView();
        if (!mayAct(current, window))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "This window's node is not party to the case",
                detail: $"Case {caseId} was received at {current.ReceivingNode} and is handled at {current.HandlingNode}; window {window.Id} serves {window.Node}.");
        }

        return Results.Ok(CaseResponse.From(await action(grain, window), registry));
    }

    private static IReadOnlyList<Material> ToMaterials(IReadOnlyList<MaterialRequest>? materials) =>
        materials?.Where(m => !string.IsNullOrWhiteSpace(m?.Code)).Select(m => new Material(m.Code!.Trim(), m.Reference ?? "")).ToArray() ?? [];
}
