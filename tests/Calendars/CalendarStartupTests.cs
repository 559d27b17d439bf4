using Hub.Calendars;
using Hub.Hosting;
using Hub.Tests.Support;
using static Hub.Tests.Calendars.CalendarFiles;

namespace Hub.Tests.Calendars;

/// <summary>The hub loads its calendar folder while it is built: a bad year file stops start-up, naming the file and entry.</summary>
public sealed class CalendarStartupTests
{
    [Fact]
    public void Hub_WithABadYearFile_DoesNotStart_AndSaysWhichFileAndEntry()
    {
        var folder = ShippedFolderWith(new CalendarFile("cn-2027.json", Test2027.Replace("\"to\": \"2027-10-07\"", "\"to\": \"2027-09-07\"")));
        try
        {
            var error = Assert.Throws<CalendarException>(() => HubHost.Build(
                ["--urls", "http://127.0.0.1:0", $"--Hub:SiloPort={FreePort.Next()}", $"--Hub:GatewayPort={FreePort.Next()}", $"--Hub:Calendar:Folder={folder}"]));

            Assert.StartsWith("cn-2027.json: holiday '国庆节', field 'to': 2027-09-07 is before 'from' 2027-10-01", error.Message);
            Assert.IsAssignableFrom<InvalidOperationException>(error); // printed by the host as a configuration error, without a stack
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("2.00:00:00")]
    public void RefreshInterval_OutOfRange_IsRefusedNamingTheKey(string interval)
    {
        var result = new CalendarOptionsValidator().Validate(null, new CalendarOptions { RefreshInterval = TimeSpan.Parse(interval) });

        Assert.Equal($"Hub:Calendar:RefreshInterval must be between 00:00:01 and 1.00:00:00 (default 00:01:00; was {TimeSpan.Parse(interval)}).", result.FailureMessage);
    }

    [Fact]
    public void Folder_GivenRelative_IsTakenFromTheWorkingDirectory() =>
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "notices"), new CalendarOptions { Folder = "notices" }.FolderPath);

    [Fact]
    public void Options_ByDefault_UseTheShippedFolderAndAMinute()
    {
        var options = new CalendarOptions();

        Assert.Equal((CalendarSettings.DefaultFolder, TimeSpan.FromMinutes(1)), (options.FolderPath, options.RefreshInterval));
        Assert.True(new CalendarOptionsValidator().Validate(null, options).Succeeded);
    }
}
