using System.Net;
using System.Net.Http.Json;
using Deque.AxeCore.Playwright;
using Hub.Tests.Cases;
using Hub.Tests.EndToEnd;
using Hub.Tests.Support;
using Microsoft.Playwright;

namespace Hub.Tests.OpsView;

/// <summary>
/// The hub page (<c>/ops/view</c>) in a real headless Chromium, on a hub of this class's own: an operator signs in with
/// the key, and the figures move on the page as windows submit cases.
/// </summary>
public sealed class OpsViewPageTests(HubAppFixture hub) : IClassFixture<HubAppFixture>
{
    private const string LangaoVillage = "demo-langao-village";
    private static readonly LocatorAssertionsToHaveTextOptions Patiently = new() { Timeout = 60_000 };

    [Fact]
    public async Task AnOperatorSignsIn_AndSeesCasesFlowFromShaanxiToHunan_AsWindowsSubmitThem()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        await page.GotoAsync(new Uri(hub.BaseAddress, "/ops/view").ToString());

        await page.GetByLabel("运维密钥").FillAsync("wrong-key");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.Locator("#problem")).ToHaveTextAsync("密钥不正确，请核对后重试。");
        Assert.False(await page.Locator("#view").IsVisibleAsync());
        await page.GetByLabel("运维密钥").FillAsync("demo-ops");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.Locator("#lifecycles")).Not.ToHaveTextAsync("—", new() { Timeout = 60_000 });
        var before = int.Parse(await page.Locator("#lifecycles").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("", await page.EvaluateAsync<string>("() => sessionStorage.length + localStorage.length === 0 ? '' : 'stored'"));

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => SubmitAsync()));

        await Assertions.Expect(page.Locator("#lifecycles")).ToHaveTextAsync((before + 3).ToString(System.Globalization.CultureInfo.InvariantCulture), Patiently);
        var flow = page.Locator("#flows tbody tr").Filter(new LocatorFilterOptions { Has = page.Locator("td:first-child", new() { HasText = "陕西省" }) });
        await Assertions.Expect(flow.Locator("td").Nth(1)).ToHaveTextAsync("湖南省");
        Assert.True(int.Parse(await flow.Locator("td").Nth(2).InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) >= 3);
        await Assertions.Expect(page.Locator("#provinces tbody tr").Filter(new LocatorFilterOptions { HasText = "湖南省" })).ToBeVisibleAsync();
        var publicSecurity = page.Locator("#lines tbody tr").Filter(new LocatorFilterOptions { Has = page.Locator("td:first-child", new() { HasText = "公安" }) });
        Assert.True(int.Parse(await publicSecurity.Locator("td").Nth(1).InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) >= 3);
        await Assertions.Expect(page.Locator("#silos tbody")).ToContainTextAsync("本节点");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("ops-view.png"), FullPage = true });

        var axe = await page.RunAxe();
        Assert.True(axe.Violations.Length == 0, string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} elements)")));

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "退出登录" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("运维密钥")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("运维密钥")).ToBeVisibleAsync();
    }

    // A case from the Lan'gao village window (Shaanxi) for an applicant of Changsha's Furong district (Hunan), which handles it; delivered by the simulated department.
    private async Task SubmitAsync()
    {
        var created = await hub.Window(LangaoVillage).PostAsJsonAsync("/api/cases", new
        {
            matterCode = "PS-004",
            applicant = new { id = CaseSamples.ChangshaCitizenId(), name = "刘芳" },
            materials = new[] { new { code = "id-card", reference = "scan://1" }, new { code = "application-form", reference = "scan://2" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }
}
