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
        return Json(w =>
        {
            w.WriteString("matterCode", offer.MatterCode);
            w.WriteString("mode", offer.Mode);
            w.WriteString("delivery", offer.Delivery);
            w.WriteStartObject("applicant");
            if (offer.Organisation)
            {
                w.WriteString("kind", "organisation");
                w.WriteString("id", Applicants.CreditCode(county, random));
                w.WriteString("name", Applicants.CompanyName(county, random));
            }
            else
            {
                w.WriteString("kind", "person");
                w.WriteString("id", Applicants.CitizenId(county, random));
                w.WriteString("name", Applicants.PersonName(random));
            }

            w.WriteString("phone", $"13{random.Next(100_000_000, 999_999_999)}");
            w.WriteString("home", offer.Home);
            w.WriteEndObject();
            w.WriteStartArray("materials");
            foreach (var code in offer.Materials)
            {
                w.WriteStartObject();
                w.WriteString("code", code);
                w.WriteString("reference", $"scan://{code}/{random.Next():x8}");
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
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
