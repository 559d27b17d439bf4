using Hub.Certificates;
using Hub.Identifiers;
using Hub.Windows;

namespace Hub.Api;

/// <summary>The window API for e-certificates: any window verifies any certificate, and each verification is on the holder's log.</summary>
public static class CertificateEndpoints
{
    public static RouteGroupBuilder MapCertificateEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/certificates/{id}", Verify).WithTags("Certificates")
            .WithSummary("Verify an e-certificate: its state, type, issuer, validity and what replaced it; the holder masked.")
            .Produces<CertificateResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> Verify(string id, HttpContext http, IGrainFactory grains)
    {
        if (!CertificateId.TryParse(id, out var certificateId, out var error))
        {
            return InputErrors.Single("id", error);
        }

        var window = http.Window();
        var view = await grains.GetGrain<ICertificateGrain>(certificateId.ToString()).Verify(new CertificateVerifier($"window:{window.Id}", window.Node));
        return Results.Ok(CertificateResponse.From(view));
    }
}
