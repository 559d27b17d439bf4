using Hub.Cases;
using Hub.Identifiers;
using Hub.Routing;
using Hub.Windows;

namespace Hub.Api;

/// <summary>
/// Turns a window's request into a fully checked, routed <see cref="CaseSubmission"/>, or into a problem
/// naming the field at fault. Nothing reaches a grain half-checked.
/// </summary>
public sealed class SubmissionBuilder(CaseRouter router, CaseIdGenerator ids, HubClock time)
{
    public bool TryBuild(SubmitCaseRequest request, Window window, out CaseSubmission submission, out IResult problem)
    {
        submission = null!;
        var errors = new InputErrors();
        if (request.ReceivingNode is not null
            && (!DivisionCode.TryParse(request.ReceivingNode, out var claimed, out _) || claimed != window.Node))
        {
            problem = Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "A window submits only as its own node",
                detail: $"receivingNode: this window serves {window.Node}; leave receivingNode out or set it to {window.Node}.");
            return false;
        }

        if (string.IsNullOrWhiteSpace(request.MatterCode))
        {
            errors.Add("matterCode", "Required: the catalogue code of the matter (GET /api/matters lists them).");
        }

        var applicant = ReadApplicant(request.Applicant, errors, out var home);
        var mode = ParseEnum<HandlingMode>(request.Mode, "mode", errors);
        var delivery = ParseEnum<DeliveryMethod>(request.Delivery, "delivery", errors) ?? DeliveryMethod.Electronic;
        var materials = ReadMaterials(request.Materials, errors);
        if (errors.Any)
        {
            problem = errors.ToProblem();
            return false;
        }

        var route = router.Route(new RouteRequest(request.MatterCode!.Trim(), window.Node, home, mode));
        if (!route.IsSuccess)
        {
            problem = InputErrors.Single(route.Error!.Field, route.Error.Message, StatusCodes.Status422UnprocessableEntity, route.Error.Code);
            return false;
        }

        var matter = route.Matter!;
        foreach (var spec in matter.Materials)
        {
            if (spec.Required && !materials.Exists(m => m.Code == spec.Code))
            {
                errors.Add("materials", $"Required material '{spec.Code}' ({spec.Name}) is missing; add {{\"code\": \"{spec.Code}\", \"reference\": \"…\"}}.");
            }
        }

        for (var i = 0; i < materials.Count; i++)
        {
            if (!matter.Materials.Any(spec => spec.Code == materials[i].Code))
            {
                errors.Add($"materials[{i}].code", $"'{materials[i].Code}' is not a material of matter {matter.Code}; use one of {string.Join(", ", matter.Materials.Select(m => m.Code))}.");
            }
        }

        if (errors.Any)
        {
            problem = errors.ToProblem(StatusCodes.Status422UnprocessableEntity, "materials");
            return false;
        }

        var originals = matter.Materials.Where(m => m.OriginalToPost && materials.Exists(x => x.Code == m.Code)).Select(m => m.Code).ToArray();
        var now = time.GetUtcNow();
        submission = new CaseSubmission(
            ids.Next(window.Node), matter.Code, matter.Name, window.Node, route.HandlingNode, home, applicant!,
            route.Mode, delivery, materials, route.Tasks, matter.CommittedDays, matter.StatutoryDays, originals, window.Id, now);
        problem = null!;
        return true;
    }

    private static Applicant? ReadApplicant(ApplicantRequest? request, InputErrors errors, out DivisionCode home)
    {
        home = default;
        if (request is null)
        {
            errors.Add("applicant", "Required: {\"kind\": \"person\", \"id\": \"…\", \"name\": \"…\"}.");
            return null;
        }

        var kind = ParseEnum<ApplicantKind>(request.Kind, "applicant.kind", errors) ?? ApplicantKind.Person;
        string? identifier = null;
        DivisionCode idHome = default;
        if (string.IsNullOrWhiteSpace(request.Id))
        {
            errors.Add("applicant.id", kind == ApplicantKind.Person ? "Required: the applicant's 18-character citizen ID." : "Required: the 18-character unified social credit code.");
        }
        else if (kind == ApplicantKind.Person)
        {
            if (CitizenId.TryParse(request.Id, out var id, out var error)) { identifier = id.Value; idHome = id.Address; }
            else { errors.Add("applicant.id", error + " Check the ID card and type it again."); }
        }
        else if (CreditCode.TryParse(request.Id, out var code, out var codeError)) { identifier = code.Value; idHome = code.Division; }
        else { errors.Add("applicant.id", codeError + " Check the business licence and type it again."); }

        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors.Add("applicant.name", "Required: the applicant's name as on the ID.");
        }

        home = idHome;
        if (request.Home is not null && !DivisionCode.TryParse(request.Home, out home, out var homeError))
        {
            errors.Add("applicant.home", homeError + " Give the registered division as 6, 9 or 12 digits.");
        }

        var (phone, notify) = ReadContact(request, errors);
        return identifier is null ? null : new Applicant(kind, identifier, request.Name?.Trim() ?? "", phone, notify);
    }

    // The mobile number, kept as its 11 digits, and how the applicant chose to be told: by SMS when a number is given and
    // nothing is said, never without a number.
    private static (string? Phone, NotifyBy Notify) ReadContact(ApplicantRequest request, InputErrors errors)
    {
        string? phone = null;
        if (!string.IsNullOrWhiteSpace(request.Phone))
        {
            phone = MobileNumber.Parse(request.Phone, out var problem);
            if (phone is null)
            {
                errors.Add("applicant.phone", $"This is no mainland mobile number: {problem}. Ask the applicant for it again, or leave phone out.");
            }
        }

        var notify = ParseEnum<NotifyBy>(request.Notify, "applicant.notify", errors);
        if (notify is NotifyBy.Sms or NotifyBy.App && string.IsNullOrWhiteSpace(request.Phone))
        {
            errors.Add("applicant.notify", $"{notify} needs the applicant's mobile number: give it in applicant.phone, or set notify to None.");
        }

        return (phone, phone is null ? NotifyBy.None : notify ?? NotifyBy.Sms);
    }

    private static List<Material> ReadMaterials(IReadOnlyList<MaterialRequest>? request, InputErrors errors)
    {
        var materials = new List<Material>(request?.Count ?? 0);
        for (var i = 0; i < (request?.Count ?? 0); i++)
        {
            var m = request![i];
            if (string.IsNullOrWhiteSpace(m?.Code))
            {
                errors.Add($"materials[{i}].code", "Required: the catalogue code of the material.");
                continue;
            }

            string? certificate = null;
            if (m.Certificate is not null)
            {
                if (CertificateId.TryParse(m.Certificate, out var id, out var idError))
                {
                    certificate = id.ToString();
                }
                else
                {
                    errors.Add($"materials[{i}].certificate", idError);
                }
            }

            materials.Add(new Material(m.Code.Trim(), m.Reference?.Trim() ?? "", certificate));
        }

        return materials;
    }

    private static T? ParseEnum<T>(string? text, string field, InputErrors errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsDigit(text.Trim()[0]))
        {
            return value;
        }

        errors.Add(field, $"'{text}' is not allowed; use one of {string.Join(", ", Enum.GetNames<T>())}.");
        return null;
    }
}
