using System.Net.Http.Headers;
using System.Text.Json;
using Hub.LoadTests.Hosting;
using Hub.LoadTests.Regions;

namespace Hub.LoadTests.Load;

/// <summary>
/// What the windows will submit: for every window and a few applicants' home divisions (elsewhere in the country, and
/// in the window's own province), the matters the hub itself says the window may take (<c>GET /api/matters</c>), each
/// with its required materials, a mode it allows and a delivery.
/// </summary>
internal sealed class CasePlan(IReadOnlyList<CaseOffer> offers)
{
    public IReadOnlyList<CaseOffer> Offers { get; } = offers;

    public CaseOffer Next(Random random) => Offers[random.Next(Offers.Count)];

    public static async Task<CasePlan> BuildAsync(HubTarget target, DivisionSample sample, HttpClient http, Random random, int homesPerWindow)
    {
        var offers = new List<CaseOffer>();
        var api = target.ApiUrls[0];
        foreach (var window in target.Windows)
        {
            foreach (var home in Homes(window, sample, random, homesPerWindow))
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(api, $"/api/matters?home={home}"));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", window.Key);
                using var response = await http.SendAsync(request);
                response.EnsureSuccessStatusCode();
                using var matters = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
                foreach (var matter in matters.RootElement.EnumerateArray())
                {
                    offers.Add(Offer(window, home, matter, random));
                }
            }
        }

        if (offers.Count == 0)
        {
            throw new InvalidOperationException("No window may take any matter for the sampled home divisions: nothing to submit.");
        }

        return new CasePlan(offers);
    }

    // Mostly applicants from other provinces (跨省通办), one from the window's own province (province- and city-wide matters).
    private static IEnumerable<string> Homes(WindowCredential window, DivisionSample sample, Random random, int count)
    {
        var own = sample.Villages.Where(v => v.Province == window.Node[..2] && v.County != window.Node[..Math.Min(6, window.Node.Length)]).ToArray();
        if (own.Length > 0)
        {
            yield return own[random.Next(own.Length)].Code;
        }

        for (var i = 0; i < count - 1; i++)
        {
            yield return sample.Villages[random.Next(sample.Villages.Count)].Code;
        }
    }

    private static CaseOffer Offer(WindowCredential window, string home, JsonElement matter, Random random)
    {
        var modes = matter.GetProperty("modes").EnumerateArray().Select(m => m.ToString()).ToArray();
        var mode = modes.Contains("ProxyReceipt") && (!modes.Contains("FullyOnline") || random.Next(10) < 7) ? "ProxyReceipt" : modes[random.Next(modes.Length)];
        var department = matter.GetProperty("department").GetString()!;
        var materials = matter.GetProperty("materials").EnumerateArray()
            .Where(m => m.GetProperty("required").GetBoolean() || random.Next(10) < 3)
            .Select(m => m.GetProperty("code").GetString()!)
            .ToArray();
        return new CaseOffer(
            window, home, matter.GetProperty("code").GetString()!, department, mode,
            Delivery: random.Next(10) < 8 ? "Electronic" : "Window",
            Organisation: department is "market-regulation" or "tax" && random.Next(10) < 7,
            materials);
    }
}
