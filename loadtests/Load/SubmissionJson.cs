using System.Buffers;
using System.Text.Json;
using Hub.LoadTests.Regions;

namespace Hub.LoadTests.Load;

/// <summary>The request bodies windows send, written straight to UTF-8.</summary>
internal static class SubmissionJson
{
    /// <summary>A submission of <paramref name="offer"/> for a new made-up applicant from its home division.</summary>
    public static byte[] Write(CaseOffer offer, Random random)
    {
        var county = offer.Home[..6];
        var (id, name) = offer.Organisation
            ? (Applicants.CreditCode(county, random), Applicants.CompanyName(county, random))
            : (Applicants.CitizenId(county, random), Applicants.PersonName(random));
        return Json(w => Submission(w, offer, id, name, random, reused: null));
    }

    /// <summary>
    /// A submission of the reuse's offer by the certificate's holder, handing the certificate in for its material (added
    /// when the offer left that material out), with the holder's consent to its use.
    /// </summary>
    public static byte[] WriteReuse(CertificateReuseOffer reuse, Random random) => Json(w =>
    {
        var certificate = reuse.Certificate;
        Submission(w, reuse.Offer, certificate.HolderId, certificate.HolderName, random, reuse);
        w.WriteStartObject("consent");
        w.WriteString("method", "signature");
        w.WriteString("reference", $"scan://consent/{random.Next():x8}");
        w.WriteStartArray("certificates");
        w.WriteStringValue(certificate.Id);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void Submission(Utf8JsonWriter w, CaseOffer offer, string applicantId, string applicantName, Random random, CertificateReuseOffer? reused)
    {
        w.WriteString("matterCode", offer.MatterCode);
        w.WriteString("mode", offer.Mode);
        w.WriteString("delivery", offer.Delivery);
        w.WriteStartObject("applicant");
        w.WriteString("kind", offer.Organisation ? "organisation" : "person");
        w.WriteString("id", applicantId);
        w.WriteString("name", applicantName);
        w.WriteString("phone", $"13{random.Next(100_000_000, 999_999_999)}");
        w.WriteString("home", offer.Home);
        if (offer.FormerHome is { } former)
        {
            w.WriteString("formerHome", former);
        }

        w.WriteEndObject();
        w.WriteStartArray("materials");
        var materials = reused is null || offer.Materials.Contains(reused.Material) ? offer.Materials : [.. offer.Materials, reused.Material];
        foreach (var code in materials)
        {
            w.WriteStartObject();
            w.WriteString("code", code);
            if (code == reused?.Material)
            {
                w.WriteString("certificate", reused.Certificate.Id);
            }
            else
            {
                w.WriteString("reference", $"scan://{code}/{random.Next():x8}");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    public static byte[] Supplement(string material) => Json(w =>
    {
        w.WriteStartArray("materials");
        w.WriteStartObject();
        w.WriteString("code", material);
        w.WriteString("reference", $"scan://{material}/clear-copy");
        w.WriteEndObject();
        w.WriteEndArray();
    });

    /// <summary>A 好差评 rating, mostly good, as the published figures are.</summary>
    public static byte[] Rating(Random random) => Json(w =>
    {
        var roll = random.Next(100);
        w.WriteNumber("level", roll < 80 ? 5 : roll < 93 ? 4 : roll < 97 ? 3 : roll < 99 ? 2 : 1);
    });

    private static byte[] Json(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
