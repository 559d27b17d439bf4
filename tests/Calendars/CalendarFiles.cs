using Hub.Calendars;

namespace Hub.Tests.Calendars;

/// <summary>Year files for tests: a made-up notice for 2027 (test data, not the State Council's), and folders of files.</summary>
internal static class CalendarFiles
{
    /// <summary>
    /// A valid 2027 file: 元旦 2027-01-01..01-03 (Friday to Sunday), 春节 2027-02-06..02-12 with make-up Sunday 01-31,
    /// 国庆节 2027-10-01..10-07 with make-up Saturday 10-09.
    /// </summary>
    public const string Test2027 = """
        {
          "year": 2027,
          "notice": "测试通知 (test data, not a real notice)",
          "source": "https://example.test/notice-2027",
          "holidays": [
            { "name": "元旦", "from": "2027-01-01", "to": "2027-01-03" },
            { "name": "春节", "from": "2027-02-06", "to": "2027-02-12" },
            { "name": "国庆节", "from": "2027-10-01", "to": "2027-10-07" }
          ],
          "workdays": [
            { "date": "2027-01-31", "for": "春节" },
            { "date": "2027-10-09", "for": "国庆节" }
          ]
        }
        """;

    /// <summary>A new folder holding copies of the shipped year files (and the source note), and <paramref name="more"/>.</summary>
    public static string ShippedFolderWith(params CalendarFile[] more)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"hub-calendar-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(CalendarSettings.DefaultFolder))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        foreach (var file in more)
        {
            Write(folder, file);
        }

        return folder;
    }

    public static void Write(string folder, CalendarFile file) => File.WriteAllText(Path.Combine(folder, file.Name), file.Content);
}
