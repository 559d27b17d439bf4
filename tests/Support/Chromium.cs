using Microsoft.Playwright;

namespace Hub.Tests.Support;

/// <summary>Debian's headless Chromium, driven by Playwright (which cannot download a browser of its own here).</summary>
internal static class Chromium
{
    private const string Path = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Assert.True(File.Exists(Path), $"No Chromium at {Path}: install Debian's chromium and chromium-driver (test.sh does) and run the test again.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,

            // As root in a container, Chromium's sandbox cannot start.
            Args = ["--no-sandbox"],
        });
        return (playwright, browser);
    }

    /// <summary>Where a test saves what a reviewer may want to look at: <c>artifacts/screenshots</c> at the repository's root.</summary>
    public static string Screenshot(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Hub.sln")))
            {
                var folder = Directory.CreateDirectory(System.IO.Path.Combine(dir.FullName, "artifacts", "screenshots"));
                return System.IO.Path.Combine(folder.FullName, name);
            }
        }

        return System.IO.Path.Combine(System.IO.Path.GetTempPath(), name);
    }
}
