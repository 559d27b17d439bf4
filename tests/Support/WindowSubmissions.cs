using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Catalogue;

namespace Hub.Tests.Support;

/// <summary>A window submitting a matter of the shipped catalogue with its required materials, for an applicant registered in Changsha.</summary>
internal static class WindowSubmissions
{
    private static readonly Lazy<MatterCatalogue> Shipped = new(MatterCatalogue.LoadDefault);

    /// <summary>Submits <paramref name="matterCode"/> with the materials the file asks for it (or for <paramref name="materialsOf"/>); the answer as the window gets it.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(HttpClient window, string matterCode, string? materialsOf = null)
    {
        var materials = Shipped.Value.History(materialsOf ?? matterCode)[0].Matter.Materials
            .Where(m => m.Required).Select(m => new { code = m.Code, reference = $"scan://{m.Code}" });
        return window.PostAsJsonAsync("/api/cases", new { matterCode, applicant = new { id = Cases.CaseSamples.UniqueChangshaCitizenId(), name = "刘芳" }, materials });
    }

    /// <summary>Submits <paramref name="matterCode"/> and returns the case as the answer shows it; fails the test if it was refused.</summary>
    public static async Task<JsonObject> SubmittedAsync(HttpClient window, string matterCode)
    {
        var answer = await SubmitAsync(window, matterCode);
        var body = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.IsSuccessStatusCode, $"{matterCode}: {(int)answer.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }
}
