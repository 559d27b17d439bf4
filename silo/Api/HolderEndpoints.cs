using Hub.Certificates;
using Hub.Identifiers;
using Hub.Windows;

namespace Hub.Api;

/// <summary>The window API for certificate holders: a holder in person reads their own certificates and every use of them.</summary>
public static class HolderEndpoints
{
    public static RouteGroupBuilder MapHolderEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/holders/lookup", Lookup).WithTags("Certificates")
            .WithSummary("A holder, with their consent, reads their certificates and the log of every use and verification; the lookup is logged too.")
            .Produces<HolderView>().ProducesValidationProblem();
        return api;
    }

    private static async Task<IResult> Lookup(HolderLookupRequest request, HttpContext http, IGrainFactory grains, HolderKeys keys, HubClock time)
    {
        var errors = new InputErrors();
        var type = request.IdType is null or "CitizenId" ? HolderIdType.CitizenId
            : request.IdType == "CreditCode" ? HolderIdType.CreditCode
            : (HolderIdType)0;
        string? id = null;
        if (type == 0)
        {
            errors.Add("idType", "Use CitizenId (the default) or CreditCode.");
        }
        else if (type == HolderIdType.CitizenId)
        {
            id = CitizenId.TryParse(request.Id, out var citizen, out var error) ? citizen.Value : Fail("id", error);
        }
        else
        {
            id = CreditCode.TryParse(request.Id, out var code, out var error) ? code.Value : Fail("id", error);
        }

        if (request.Consent is not { IsComplete: true })
        {
            errors.Add("consent", $"Required: the holder's consent to this lookup, {{\"method\": \"{string.Join("\" | \"", ConsentRequest.Methods)}\", \"reference\": \"…\"}}.");
        }

        if (errors.Any || id is null)
        {
            return errors.ToProblem();
        }

        var window = http.Window();
        var lookup = new CertificateUse(CertificateUseKind.Lookup, null, $"window:{window.Id}", window.Node, time.GetUtcNow(), null, null,
            "the holder reads their own log", request.Consent!.ToString());
        return Results.Ok(await grains.GetGrain<IHolderGrain>(keys.For(type, id)).Lookup(lookup));

        string? Fail(string field, string message)
        {
            errors.Add(field, message);
            return null;
        }
    }
}
