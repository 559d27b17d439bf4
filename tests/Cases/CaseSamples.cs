using Hub.Calendars;
using Hub.Cases;
using Hub.Identifiers;

namespace Hub.Tests.Cases;

/// <summary>Submissions for tests: a Lan'gao village window, a Changsha applicant.</summary>
internal static class CaseSamples
{
    public static readonly DivisionCode LangaoVillage = DivisionCode.Parse("610925100201");
    public static readonly DivisionCode FurongDistrict = DivisionCode.Parse("430102");

    /// <summary>The receiving window of <see cref="Submission"/>'s cases.</summary>
    public static readonly CaseCaller VillageWindow = CaseCaller.Window("langao-village-01", LangaoVillage);

    /// <summary>A window of the handling node of <see cref="Submission"/>'s cases.</summary>
    public static readonly CaseCaller HandlingWindow = CaseCaller.Window("furong-district-01", FurongDistrict);

    /// <summary>A window of a node party to none of <see cref="Submission"/>'s cases.</summary>
    public static readonly CaseCaller StrangerWindow = CaseCaller.Window("wushen-banner-01", DivisionCode.Parse("150626"));
    private static readonly CaseIdGenerator Ids = new(HubClock.System);

    /// <summary>The calendar of the notices shipped in data/calendar (2025 and 2026).</summary>
    public static readonly WorkingCalendar ShippedCalendar = WorkingCalendar.Load(CalendarSettings.DefaultFolder);

    /// <summary>A valid Furong citizen ID of a random birth date and sequence, so a test's applicant is its own.</summary>
    public static string UniqueChangshaCitizenId() => ChangshaCitizenId(
        birth: DateOnly.FromDayNumber(DateOnly.Parse("1950-01-01").DayNumber + Random.Shared.Next(20_000)).ToString("yyyyMMdd"),
        sequence: Random.Shared.Next(1000).ToString("000"));

    /// <summary>A valid citizen ID registered in Furong district, Changsha.</summary>
    public static string ChangshaCitizenId(string birth = "19900307", string sequence = "123")
    {
        var first17 = "430102" + birth + sequence;
        return first17 + CitizenId.CheckCharacterFor(first17);
    }

    public static CaseSubmission Submission(
        IReadOnlyList<CaseTaskPlan>? tasks = null,
        DeliveryMethod delivery = DeliveryMethod.Electronic,
        DateTimeOffset? at = null) => new(
        Ids.Next(LangaoVillage), "TEST-001", "测试事项", LangaoVillage, FurongDistrict, FurongDistrict,
        new Applicant(ApplicantKind.Person, ChangshaCitizenId(), "张三", null),
        HandlingMode.ProxyReceipt, delivery,
        [new Material("id-card", "scan://1")],
        tasks ?? [new CaseTaskPlan("public-security", 1)],
        5, 20, [], "langao-village-01", at ?? DateTimeOffset.UtcNow);

    public static DepartmentEvent Event(string department, DepartmentEventKind kind, string? id = null, params string[] materials) =>
        new(id ?? Guid.NewGuid().ToString("N"), department, kind, DateTimeOffset.UtcNow, "officer-7",
            kind is DepartmentEventKind.TaskRejected or DepartmentEventKind.SupplementRequested ? "reason given" : null,
            materials, kind == DepartmentEventKind.TaskApproved ? ["cert-1"] : []);
}
