using Hub.Cases;
using Hub.Identifiers;

namespace Hub.Tests.Cases;

public sealed class CaseIdGeneratorTests
{
    private static readonly DivisionCode Village = DivisionCode.Parse("610925100201");

    [Fact]
    public void Next_ManyInOneBurst_AreUniqueAndStrictlyIncreasing()
    {
        var generator = new CaseIdGenerator(HubClock.System);

        var ids = Enumerable.Range(0, 50_000).Select(_ => generator.Next(Village)).ToArray();

        Assert.Equal(ids.Length, ids.Distinct().Count());
        for (var i = 1; i < ids.Length; i++)
        {
            Assert.True(ids[i - 1].CompareTo(ids[i]) < 0, $"{ids[i - 1]} !< {ids[i]}");
        }
    }

    [Fact]
    public void Next_FromTwoGenerators_DoNotCollide()
    {
        var a = new CaseIdGenerator(HubClock.System);
        var b = new CaseIdGenerator(HubClock.System);

        var ids = Enumerable.Range(0, 10_000).SelectMany(_ => new[] { a.Next(Village), b.Next(Village) }).ToArray();

        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void Next_CarriesTheReceivingCountyAndTheChinaDate()
    {
        var id = new CaseIdGenerator(HubClock.System).Next(Village);

        Assert.Equal(DivisionCode.Parse("610925"), id.County);
        Assert.Equal(Hub.Calendars.WorkingDays.ChinaDate(DateTimeOffset.UtcNow), id.Date);
        Assert.Equal(id, CaseId.Parse(id.Value));
    }
}
