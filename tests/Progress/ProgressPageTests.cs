using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Hub.Tests.Cases;
using Hub.Tests.EndToEnd;
using Hub.Tests.Support;
using Microsoft.Playwright;

namespace Hub.Tests.Progress;

/// <summary>
/// The public progress page (办件进度查询) in a real headless Chromium, and the JSON behind it: a case followed with its id
/// and the query code on its receipt, and nothing about the applicant.
/// </summary>
public sealed class ProgressPageTests(HubAppFixture hub) : IClassFixture<HubAppFixture>
{
    private const string LangaoVillage = "demo-langao-village";
    private const string Phone = "13812345678";

    [Fact]
    public async Task TheSteps_AreOnThePage_WithTheRightCode_AndARefusalWithAWrongOne_AndThePagePassesAxe()
    {
        var (caseId, code) = await DeliveredCase();
        var expected = (await Progress(caseId, code)).Content.ReadFromJsonAsync<JsonObject>();
        var steps = (await expected)!["steps"]!.AsArray().Select(s => s!["text"]!.GetValue<string>()).ToArray();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        // A phone's screen.
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, Locale = "zh-CN" });
        await page.GotoAsync(new Uri(hub.BaseAddress, "/progress").ToString());
        await page.GetByLabel("办件编号").FillAsync(caseId);
        await page.GetByLabel("查询码").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "查询" }).ClickAsync();
        await page.Locator("#steps li").First.WaitForAsync();

        var shown = await page.Locator("#steps li").AllInnerTextsAsync();
        Assert.Equal(steps.Length, shown.Count);
        Assert.All(shown.Zip(steps), s => Assert.EndsWith(s.Second, s.First));
        Assert.Equal(["窗口已受理", "已分送审批部门", "已转办理地", "审批部门已受理"], steps[..4]);
        Assert.Contains("办理结果已送达", steps);
        Assert.Equal("户籍类证明开具", await page.Locator("#matter").InnerTextAsync());
        var body = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("刘芳", body);
        Assert.DoesNotContain("138", body);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("progress.png"), FullPage = true });

        var axe = await page.RunAxe();
        Assert.True(axe.Violations.Length == 0, string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} elements)")));

        var wrong = code[..7] + (code[7] == '0' ? '1' : '0');
        await page.GetByLabel("查询码").FillAsync(wrong);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "查询" }).ClickAsync();
        await Assertions.Expect(page.Locator("#problem")).ToHaveTextAsync("未找到该办件：请核对办件编号和查询码。");
        Assert.False(await page.Locator("#result").IsVisibleAsync());
    }

    [Fact]
    public async Task TheJson_HasTheStatusStepsAndDeadlines_AndNothingPersonal()
    {
        var (caseId, code) = await DeliveredCase();

        var response = await Progress(caseId, code);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        var progress = JsonNode.Parse(json)!;
        Assert.Equal((caseId, "Delivered", "已送达"), (progress["caseId"]!.GetValue<string>(), progress["status"]!.GetValue<string>(), progress["statusText"]!.GetValue<string>()));
        Assert.NotNull(progress["committedDeadline"]);
        Assert.Contains("岚皋县", progress["receivingNode"]!.GetValue<string>());
        Assert.Contains("芙蓉区", progress["handlingNode"]!.GetValue<string>());
        Assert.DoesNotContain("刘芳", json);
        Assert.DoesNotContain(CaseSamples.ChangshaCitizenId(), json);
        Assert.DoesNotContain(CaseSamples.ChangshaCitizenId()[..6] + "*", json);
        Assert.DoesNotContain(Phone, json);
        Assert.DoesNotContain("department:", json);
    }

    [Fact]
    public async Task AWrongCode_AndAnIdNobodySubmitted_GetTheSame404_AndBadInputIsNamed()
    {
        var (caseId, code) = await DeliveredCase();
        var wrong = code[..7] + (code[7] == '0' ? '1' : '0');
        var nobody = caseId[..^4] + (caseId[^4..] == "0000" ? "0001" : "0000");

        var wrongCode = await Progress(caseId, wrong);
        var unknown = await Progress(nobody, code);
        var malformed = await Progress("610925-2026", code);
        var noCode = await new HttpClient { BaseAddress = hub.BaseAddress }.GetAsync($"/api/progress/{caseId}");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (wrongCode.StatusCode, unknown.StatusCode));
        Assert.Equal(await Detail(wrongCode), await Detail(unknown));
        Assert.Equal("id", await Field(malformed));
        Assert.Equal("code", await Field(noCode));
    }

    private static async Task<string> Detail(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>();

    private static async Task<string> Field(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return Assert.Single((await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject()).Key;
    }

    private Task<HttpResponseMessage> Progress(string caseId, string code) =>
        new HttpClient { BaseAddress = hub.BaseAddress }.GetAsync($"/api/progress/{Uri.EscapeDataString(caseId)}?code={code}");

    // A case the simulated department decided and the hub delivered electronically, with the query code its 201 gave.
    private async Task<(string CaseId, string Code)> DeliveredCase()
    {
        var window = hub.Window(LangaoVillage);
        var created = await window.PostAsJsonAsync("/api/cases", new
        {
            matterCode = "PS-004",
            applicant = new { id = CaseSamples.ChangshaCitizenId(), name = "刘芳", phone = Phone },
            materials = new[] { new { code = "id-card", reference = "scan://1" }, new { code = "application-form", reference = "scan://2" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var answer = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var caseId = answer["caseId"]!.GetValue<string>();
        await Eventually.Until(() => window.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}")!, c => c!["status"]!.GetValue<string>() == "Delivered", what: $"case {caseId} to be delivered");
        return (caseId, answer["queryCode"]!.GetValue<string>());
    }
}
