using System.Globalization;
using Hub.LoadTests.Measure;
using Hub.LoadTests.Results;
using Spectre.Console;

namespace Hub.LoadTests.Live;

/// <summary>
/// The live view of a run: one line a second with the phase and its rates. On a terminal the line is coloured and
/// the phase changes stand out; redirected (CI, a log file) it is plain text.
/// </summary>
internal sealed class ProgressView
{
    private readonly bool _plain = Console.IsOutputRedirected;

    public void Phase(string title, string detail)
    {
        if (_plain)
        {
            Console.WriteLine($"== {title}: {detail}");
        }
        else
        {
            AnsiConsole.Write(new Rule($"[bold yellow]{Markup.Escape(title)}[/] [grey]{Markup.Escape(detail)}[/]").LeftJustified());
        }
    }

    public void Note(string text)
    {
        if (_plain)
        {
            Console.WriteLine($"   {text}");
        }
        else
        {
            AnsiConsole.MarkupLine($"   [grey]{Markup.Escape(text)}[/]");
        }
    }

    public void Show(string phase, TimelinePoint point, Counters counters, long outstanding, string kafka)
    {
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{point.Second,5:F0}s {phase,-12} offered {point.Offered,7:F0}/s  submitted {point.Submitted,7:F0}/s  lifecycles {point.Lifecycles,7:F0}/s  p99 {point.SubmitP99Ms,7:F1} ms  in flight {outstanding,5}  total {counters.Lifecycles,8:N0}/{counters.Submitted:N0}  {kafka}");
        if (_plain)
        {
            Console.WriteLine(line);
        }
        else
        {
            var colour = point.SubmitP99Ms < 50 ? "green" : "red";
            AnsiConsole.MarkupLine($"[{colour}]{Markup.Escape(line)}[/]");
        }
    }
}
