using System.Net.Http.Headers;
using System.Text.Json;
using Hub.LoadTests.Hosting;
using Hub.LoadTests.Regions;

namespace Hub.LoadTests.Load;

/// <summary>
/// What the windows will submit: for every window and a few applicants' home divisions (elsewhere in the country, and
/// in the window's own province), the matters the hub itself says the window may take (<c>GET /api/matters</c>), each
/// with its required materials, a mode it allows and a delivery; and, from the same answers, which certificate types
/// satisfy which material (<c>certificateTypes</c>), so that a certificate issued in the run can be reused.
/// </summary>
internal sealed class CasePlan
{
    private readonly Dictionary<(string Home, bool Organisation, string Type), List<(CaseOffer Offer, string Material)>> _uses;

    public CasePlan(IReadOnlyList<CaseOffer> offers, IReadOnlyCollection<(string Matter, string Material, string Type)> materialTypes)
    {
        Offers = offers;
        MaterialTypes = materialTypes;
        var byMatter = materialTypes.ToLookup(l => l.Matter, StringComparer.Ordinal);
        _uses = offers
            .SelectMany(o => byMatter[o.MatterCode].Select(l => (Key: (o.Home, o.Organisation, l.Type), Use: (o, l.Material))))
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Use).ToList());
    }

    public IReadOnlyList<CaseOffer> Offers { get; }

    /// <summary>Every (matter, material, certificate type) the hub's matter listings name.</summary>
    public IReadOnlyCollection<(string Matter, string Material, string Type)> MaterialTypes { get; }

    public CaseOffer Next(Random random) => Offers[random.Next(Offers.Count)];

    /// <summary>
    /// The offers (and the material of each) a certificate of <paramref name="type"/> may stand in for, for an applicant
    /// from <paramref name="home"/> of the same kind as the holder; empty when none may.
    /// </summary>
    public IReadOnlyList<(CaseOffer Offer, string Material)> UsesOf(string home, bool organisation, string type) =>
        _uses.TryGetValue((home, organisation, type), out var uses) ? uses : [];

    public static async Task<CasePlan> BuildAsync(HubTarget target, DivisionSample sample, HttpClient http, Random random, int homesPerWindow)
    {
        var offers = new List<CaseOffer>();
        var materialTypes = new HashSet<(string Matter, string Material, string Type)>();
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
                    offers.Add(Offer(window, home, matter, sample, random));
                    var code = matter.GetProperty("code").GetString()!;
                    foreach (var material in matter.GetProperty("materials").EnumerateArray())
                    {
                        foreach (var type in material.GetProperty("certificateTypes").EnumerateArray())
                        {
                            materialTypes.Add((code, material.GetProperty("code").GetString()!, type.GetString()!));
                        }
                    }
                }
            }
        }

        if (offers.Count == 0)
        {
            throw new InvalidOperationException("No window may take any matter for the sampled home divisions: nothing to submit.");
        }

        return new CasePlan(offers, materialTypes);
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

    // An online hall (a province's credential) submits FullyOnline only; a FullyOnline result is never collected at a window;
    // a JointHandling case names a former home in another county, whose node does the first task.
    private static CaseOffer Offer(WindowCredential window, string home, JsonElement matter, DivisionSample sample, Random random)
    {
        var modes = matter.GetProperty("modes").EnumerateArray().Select(m => m.ToString()).ToArray();
        var mode = window.Node.Length == 2 ? "FullyOnline"
            : modes.Contains("ProxyReceipt") && (!modes.Contains("FullyOnline") || random.Next(10) < 7) ? "ProxyReceipt" : modes[random.Next(modes.Length)];
        // The former home's node at the matter's competent level must differ from the home's.
        var digits = matter.GetProperty("competentLevel").GetString() switch { "Province" => 2, "City" => 4, "County" => 6, "Town" => 9, _ => 12 };
        string? former = null;
        for (var tries = 0; mode == "JointHandling" && former is null && tries < 20; tries++)
        {
            var village = sample.Villages[random.Next(sample.Villages.Count)].Code;
            former = village[..digits] == home[..Math.Min(digits, home.Length)] ? null : village;
        }

        if (mode == "JointHandling" && former is null)
        {
            mode = "ProxyReceipt";
        }

        var multiTask = mode == "JointHandling" || matter.GetProperty("stages").GetArrayLength() > 0;
        var department = matter.GetProperty("department").GetString()!;
        var materials = matter.GetProperty("materials").EnumerateArray()
            .Where(m => m.GetProperty("required").GetBoolean() || random.Next(10) < 3)
            .Select(m => m.GetProperty("code").GetString()!)
            .ToArray();
        return new CaseOffer(
            window, home, matter.GetProperty("code").GetString()!, department, mode,
            Delivery: mode == "FullyOnline" || random.Next(10) < 8 ? "Electronic" : "Window",
            Organisation: department is "market-regulation" or "tax" && random.Next(10) < 7,
            materials, former, multiTask);
    }
}
