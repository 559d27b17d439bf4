using Hub.Access;
using Hub.Api;
using Hub.Calendars;
using Hub.Cases;
using Hub.Identifiers;
using Hub.Kafka;
using Hub.Registry;
using Hub.Statistics;

namespace Hub.OpsView;

/// <summary>
/// The hub page (<c>/ops/view</c>, a page in Chinese that asks for the operator key once and then refreshes itself), the
/// JSON it reads (<c>GET /ops/view/data</c>, operator key or session) and the session it signs in with
/// (<c>POST /ops/session</c> with the key, <c>DELETE /ops/session</c> to sign out).
/// </summary>
public static class ViewEndpoints
{
    private const string PageResource = "Hub.OpsView.view.html";

    public static IEndpointRouteBuilder MapView(this IEndpointRouteBuilder app)
    {
        var page = ReadPage();
        app.MapGet("/ops/view", () => Results.Content(page, "text/html; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
        var ops = app.MapGroup("/ops").WithTags("Operations");
        ops.MapGet("/view/data", Data).RequireAuthorization(HubClaims.OperatorRole)
            .WithSummary("What the hub page shows: this silo's cases by status, lifecycles and submissions between provinces in the last minutes; this month's figures and open cards by province and department line; dead letters, queues and the silos.")
            .Produces<ViewData>();
        ops.MapPost("/session", SignIn).RequireAuthorization(HubClaims.OperatorRole)
            .WithSummary("Sets a browser's operator session cookie (HttpOnly, 8 hours), with which the operator pages read /ops and /metrics without the key; it never changes anything.");
        ops.MapDelete("/session", SignOut).AllowAnonymous().WithSummary("Ends the browser's operator session.");
        return app;
    }

    private static IResult SignIn(HttpContext http, OpsSession session)
    {
        if (session.Issue() is not { } issued)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "No operator key configured");
        }

        http.Response.Cookies.Append(OpsSession.Cookie, issued.Value, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = "/",
            Expires = issued.Expires,
        });
        return Results.NoContent();
    }

    private static IResult SignOut(HttpContext http)
    {
        http.Response.Cookies.Delete(OpsSession.Cookie, new CookieOptions { Path = "/" });
        return Results.NoContent();
    }

    private static async Task<IResult> Data([AsParameters] ViewServices services)
    {
        var now = services.Time.GetUtcNow();
        var today = WorkingDays.ChinaDate(now);
        var month = new DateOnly(today.Year, today.Month, 1);
        var tally = services.Tally;
        var cards = tally.OpenCards();
        var generation = await services.Statistics.GenerationAsync();
        var provinces = NodeLevels.Within(services.Registry, null, DivisionLevel.Province, 100);
        var byProvince = await Task.WhenAll(provinces.Select(async p => (Province: p, Lines: await services.Statistics.ReadAsync(generation, p.ToString(), month, today))));
        var nation = await services.Statistics.ReadAsync(generation, StatisticsKeys.Nation, month, today);
        var sample = services.Sampler.Last;

        return Results.Ok(new ViewData(
            now,
            services.Silo.SiloAddress.Endpoint.ToString(),
            tally.ByStatus().ToDictionary(s => s.Key.ToString(), s => s.Value),
            tally.Lifecycles,
            CaseTally.FlowMinutes,
            [.. tally.Flows(CaseTally.FlowMinutes).OrderByDescending(f => f.Value).ThenBy(f => f.Key)
                .Select(f => new ViewFlow(Province(f.Key.From, services.Registry), Province(f.Key.To, services.Registry), f.Value))],
            month,
            [.. byProvince
                .Select(p => (p.Province, Counts: p.Lines[StatisticsEntry.AllLines], Yellow: Open(cards, c => c.Province == p.Province.Province, "yellow"), Red: Open(cards, c => c.Province == p.Province.Province, "red")))
                .Where(p => !p.Counts.IsZero || p.Yellow != 0 || p.Red != 0)
                .Select(p => new ViewProvince(NodeRef.From(p.Province, services.Registry), FiguresResponse.From(p.Counts), p.Yellow, p.Red))],
            [.. HubTopics.Departments.Select(d => new ViewLine(
                d, FiguresResponse.From(nation.GetValueOrDefault(d, StatisticsCounts.Zero)), Open(cards, c => c.Department == d, "yellow"), Open(cards, c => c.Department == d, "red")))],
            new ViewDeadLetters(sample.DeadLetters, [.. sample.NewestDeadLetters.Select(ViewDeadLetter.From)]),
            new ViewQueues(sample.OutboxDepth, sample.TimersDue, services.Lag.Group, sample.ConsumerLag, sample.SampledAt),
            await Silos(services)));
    }

    private static async Task<IReadOnlyList<ViewSilo>> Silos(ViewServices services)
    {
        var hosts = await services.Grains.GetGrain<IManagementGrain>(0).GetDetailedHosts(onlyActive: true);
        var here = services.Silo.SiloAddress;
        return [.. hosts.OrderBy(h => h.StartTime).Select(h => new ViewSilo(
            h.SiloAddress.Endpoint.ToString(), h.SiloName, h.Status.ToString(), h.StartTime, h.SiloAddress.Equals(here),
            h.SiloAddress.Equals(here) ? [.. services.Assignment.Partitions.Select(p => $"{p.Topic}/{p.Partition.Value}")] : null))];
    }

    private static long Open(IReadOnlyDictionary<CardKey, long> cards, Func<CardKey, bool> where, string colour) =>
        cards.Where(c => c.Key.Colour == colour && where(c.Key)).Sum(c => c.Value);

    private static NodeRef Province(int province, NodeRegistry registry)
    {
        var code = DivisionCode.FromValue(province * 10_000_000_000L);
        return registry.Contains(code) ? NodeRef.From(code, registry) : new NodeRef(code.ToString(), code.ToString(), DivisionLevel.Province);
    }

    private static string ReadPage()
    {
        using var stream = typeof(ViewEndpoints).Assembly.GetManifestResourceStream(PageResource)
            ?? throw new InvalidOperationException($"The embedded resource {PageResource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>What <c>GET /ops/view/data</c> reads from.</summary>
public sealed record ViewServices(
    CaseTally Tally, OpsSampler Sampler, StatisticsReader Statistics, NodeRegistry Registry, IGrainFactory Grains,
    ILocalSiloDetails Silo, ConsumerAssignment Assignment, ConsumerLag Lag, HubClock Time);
