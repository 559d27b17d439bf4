using Hub.Tests.Calendars;

namespace Hub.Tests.EndToEnd;

/// <summary>
/// The hub without its department simulator, its calendar read from a folder of its own (<c>Hub:Calendar:Folder</c>),
/// holding copies of the shipped 2025 and 2026 files, into which a test puts the files an operator would.
/// </summary>
public sealed class CalendarHubFixture : HubAppFixture
{
    public string CalendarFolder { get; } = CalendarFiles.ShippedFolderWith();

    protected override IEnumerable<string> ExtraArguments => ["--Hub:Simulator:Enabled=false", $"--Hub:Calendar:Folder={CalendarFolder}"];

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(CalendarFolder, recursive: true);
    }
}
