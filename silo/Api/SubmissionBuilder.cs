using Hub.Cases;
using Hub.Identifiers;
using Hub.Routing;
using Hub.Windows;

namespace Hub.Api;

/// <summary>
/// Turns a window's request into a fully checked, routed <see cref="CaseSubmission"/>, or into a problem
/// naming the field at fault. Nothing reaches a grain half-checked.
/// </summary>
public sealed class SubmissionBuilder(CaseRouter router, CaseIdGenerator ids, HubClock time, Registry.HelpStations stations)
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

        var applicant = ReadApplicant(request.Applicant, errors, out var home, out var formerHome);
        var mode = ParseEnum<HandlingMode>(request.Mode, "mode", errors);
        var delivery = ParseEnum<DeliveryMethod>(request.Delivery, "delivery", errors) ?? DeliveryMethod.Electronic;
        var materials = ReadMaterials(request.Materials, errors);
        var station = stations.KindOf(window.Node);
        var agent = ReadAgent(request.Agent, station, errors);
        if (errors.Any)
        {
            problem = errors.ToProblem();
            return false;
        }

        var route = router.Route(new RouteRequest(request.MatterCode!.Trim(), window.Node, home, mode, formerHome));
        if (!route.IsSuccess)
        {
            problem = InputErrors.Single(route.Error!.Field, route.Error.Message, StatusCodes.Status422UnprocessableEntity, route.Error.Code);
            return false;
        }

        var matter = route.Matter!;
        if (agent is not null && !matter.AllowsAgentAt(agent.Station))
        {
            var allowed = matter.AgentAt is { Count: > 0 } at ? $"the catalogue allows an agent for it only at a {string.Join(" or ", at)}" : "the catalogue allows no agent for it";
            problem = InputErrors.Single(
                "matterCode",
                $"{matter.Code} {matter.Name} cannot be submitted by an agent at a {agent.Station} (帮办代办): {allowed}. The applicant applies in person at a hall that takes it.",
                StatusCodes.Status422UnprocessableEntity,
                "agent-not-eligible");
            return false;
        }

        if (agent is not null && !materials.Exists(m => m.Code == Catalogue.Matter.PowerOfAttorney))
        {
            errors.Add("materials", $"An agent submits with the applicant's power of attorney: add {{\"code\": \"{Catalogue.Matter.PowerOfAttorney}\", \"reference\": \"…\"}} (授权委托书, signed by the applicant).");
        }

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

        // 全程网办: the materials are checked online (and e-certificates stand in for paper): nothing is posted, and the
        // result goes out electronically or by post, never to a window the applicant did not come to.
        if (route.Mode == HandlingMode.FullyOnline && delivery == DeliveryMethod.Window)
        {
            problem = InputErrors.Single("delivery", "A FullyOnline case delivers its result Electronic or by Post; choose one, or ProxyReceipt mode to collect it at this window.");
            return false;
        }

        var originals = route.Mode == HandlingMode.FullyOnline
            ? []
            : matter.Materials.Where(m => m.OriginalToPost && materials.Exists(x => x.Code == m.Code)).Select(m => m.Code).ToArray();
        var now = time.GetUtcNow();
        submission = new CaseSubmission(
            ids.Next(window.Node), matter.Code, matter.Name, window.Node, route.HandlingNode, home, applicant!,
            route.Mode, delivery, materials, route.Tasks, matter.CommittedDays, matter.StatutoryDays, originals, window.Id, now,
            Agent: agent, MatterVersion: matter.Version);
        problem = null!;
        return true;
    }

    private static Applicant? ReadApplicant(ApplicantRequest? request, InputErrors errors, out DivisionCode home, out DivisionCode? formerHome)
    {
        home = default;
        formerHome = null;
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

        if (request.FormerHome is not null)
        {
            if (DivisionCode.TryParse(request.FormerHome, out var former, out var formerError))
            {
                formerHome = former;
            }
            else
            {
                errors.Add("applicant.formerHome", formerError + " Give the division the applicant comes from as 6, 9 or 12 digits.");
            }
        }

        var (phone, notify) = ReadContact(request, errors);
        return identifier is null ? null : new Applicant(kind, identifier, request.Name?.Trim() ?? "", phone, notify);
    }

    // The agent of a help station (帮办代办): required at a bank branch, whose staff never apply for themselves; refused at a
    // hall, which has no agents; at a village station the applicant may also come in person.
    private static Agent? ReadAgent(AgentRequest? request, HelpStationKind? station, InputErrors errors)
    {
        if (request is null)
        {
            if (station == HelpStationKind.BankBranch)
            {
                errors.Add("agent", "A bank-branch help station submits only for an applicant (帮办代办): give {\"id\": \"…\", \"name\": \"…\"} of its agent, and the applicant's power of attorney among the materials.");
            }

            return null;
        }

        if (station is not { } kind)
        {
            errors.Add("agent", "Only a help station (a village's service station, or a bank branch partnering with its county) submits as an agent; at a hall, leave agent out.");
            return null;
        }

        string? id = null;
        if (string.IsNullOrWhiteSpace(request.Id))
        {
            errors.Add("agent.id", "Required: the agent's 18-character citizen ID.");
        }
        else if (CitizenId.TryParse(request.Id, out var parsed, out var error))
        {
            id = parsed.Value;
        }
        else
        {
            errors.Add("agent.id", error + " Check the agent's ID card and type it again.");
        }

        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors.Add("agent.name", "Required: the agent's name as on the ID.");
        }

        return id is null || string.IsNullOrWhiteSpace(request.Name) ? null : new Agent(id, request.Name.Trim(), kind);
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
