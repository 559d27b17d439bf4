using Hub.Identifiers;

namespace Hub.Tests.Identifiers;

public class CaseIdTests
{
    private const string Crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static readonly DivisionCode Jiaxian = DivisionCode.Parse("610925");
    private static readonly DateOnly Day = new(2026, 11, 22);

    [Theory]
    [InlineData(0UL, "610925-20261122-000000000000")]
    [InlineData(1UL, "610925-20261122-000000000001")]
    [InlineData(31UL, "610925-20261122-00000000000Z")]
    [InlineData(32UL, "610925-20261122-000000000010")]
    [InlineData((1UL << 60) - 1, "610925-20261122-ZZZZZZZZZZZZ")]
    [InlineData(1UL << 60, "610925-20261122-000000000000")]
    [InlineData(ulong.MaxValue, "610925-20261122-ZZZZZZZZZZZZ")]
    public void Create_WritesCountyDateAndTheLow60BitsInCrockfordBase32(ulong suffix, string expected) =>
        Assert.Equal(expected, CaseId.Create(Jiaxian, Day, suffix).Value);

    [Theory]
    [InlineData(1_985_826L, 524_288L, 5_729L)]
    [InlineData(0L, 0L, 0L)]
    [InlineData(1L, 1L, 1L)]
    [InlineData(43_200_000L, 1_048_575L, 8_191L)]
    [InlineData(86_399_999L, 12_345L, 678L)]
    public void Create_EncodesTheSuffixAsTheStandardBase32(long ms, long generator, long sequence)
    {
        var suffix = Pack(ms, generator, sequence);

        var id = CaseId.Create(Jiaxian, Day, suffix);

        Assert.Equal($"610925-20261122-{Encode(suffix)}", id.Value);
        Assert.Equal(ms, id.MillisecondOfDay);
    }

    [Fact]
    public void Create_ForTheDocumentedExample_GivesTheDocumentedId() =>
        Assert.Equal("610925-20261122-0F4T8M0005K1", CaseId.Create(Jiaxian, Day, Pack(1_985_826, 524_288, 5_729)).Value);

    [Theory]
    [InlineData("610925001")]
    [InlineData("610925001001")]
    public void Create_WithTownOrVillage_UsesItsCounty(string division)
    {
        var id = CaseId.Create(DivisionCode.Parse(division), Day, 0);

        Assert.StartsWith("610925-", id.Value);
        Assert.Equal(Jiaxian, id.County);
    }

    [Theory]
    [InlineData("61")]
    [InlineData("6109")]
    public void Create_WithDivisionAboveCounty_KeepsItsSixDigitCode(string division)
    {
        var id = CaseId.Create(DivisionCode.Parse(division), Day, 0);

        Assert.StartsWith(DivisionCode.Parse(division).County.ToString("D6") + "-", id.Value);
        Assert.Equal(id, CaseId.Parse(id.Value));
    }

    [Theory]
    [InlineData("610925", 2026, 11, 22, 1_985_826L)]
    [InlineData("110105", 1999, 1, 1, 0L)]
    [InlineData("469001", 2030, 12, 31, 86_399_999L)]
    public void Parse_OfCreatedId_RoundTripsCountyDateAndTime(string county, int year, int month, int day, long ms)
    {
        var created = CaseId.Create(DivisionCode.Parse(county), new DateOnly(year, month, day), Pack(ms, 77, 3));

        var parsed = CaseId.Parse(created.ToString());

        Assert.Equal(created, parsed);
        Assert.Equal(DivisionCode.Parse(county), parsed.County);
        Assert.Equal(new DateOnly(year, month, day), parsed.Date);
        Assert.Equal(ms, parsed.MillisecondOfDay);
    }

    [Theory]
    [InlineData("610925-20261122-0f4t8m0005k1")]
    [InlineData(" 610925-20261122-0F4T8M0005K1 ")]
    public void Parse_WithLowerCaseOrSpaces_Normalises(string text) =>
        Assert.Equal("610925-20261122-0F4T8M0005K1", CaseId.Parse(text).Value);

    [Fact]
    public void Parse_DocumentedExample_ReadsCountyDateAndTime()
    {
        var id = CaseId.Parse("610925-20261122-0F4T8M0005K1");

        Assert.Equal(Jiaxian, id.County);
        Assert.Equal(Day, id.Date);
        Assert.Equal(new TimeOnly(0, 33, 5, 826), TimeOnly.FromTimeSpan(TimeSpan.FromMilliseconds(id.MillisecondOfDay)));
    }

    [Fact]
    public void CompareTo_OrdersByTimeWithinADayRegardlessOfCounty()
    {
        var ids = new[]
        {
            CaseId.Create(DivisionCode.Parse("110105"), Day, Pack(50_000_000, 1, 0)),
            CaseId.Create(DivisionCode.Parse("650102"), Day, Pack(10_000_000, 9, 0)),
            CaseId.Create(DivisionCode.Parse("610925"), Day, Pack(86_399_999, 0, 0)),
            CaseId.Create(DivisionCode.Parse("110101"), Day, Pack(10_000_001, 0, 0)),
            CaseId.Create(DivisionCode.Parse("469001"), Day, Pack(0, 1_048_575, 8_191)),
        };

        var sorted = ids.Order().Select(id => id.MillisecondOfDay);

        Assert.Equal([0L, 10_000_000L, 10_000_001L, 50_000_000L, 86_399_999L], sorted);
    }

    [Theory]
    [InlineData("650102-20261121-ZZZZZZZZZZZZ", "110101-20261122-000000000000", -1)]
    [InlineData("650102-20261122-0F4T8M0005K1", "110101-20261122-0F4T8M0005K2", -1)]
    [InlineData("110101-20261122-0F4T8M0005K1", "650102-20261122-0F4T8M0005K0", 1)]
    [InlineData("610925-20261122-0F4T8M0005K1", "610925-20261122-0f4t8m0005k1", 0)]
    [InlineData("650102-20261122-0F4T8M0005K1", "110101-20261122-0F5T8M0005K1", -1)]
    [InlineData("110101-20271122-0F4T8M0005K1", "650102-20261123-0F4T8M0005K1", 1)]
    public void CompareTo_OrdersByDateThenTimeThenGeneratorAndSequence(string left, string right, int sign)
    {
        Assert.Equal(sign, Math.Sign(CaseId.Parse(left).CompareTo(CaseId.Parse(right))));
        Assert.Equal(-sign, Math.Sign(CaseId.Parse(right).CompareTo(CaseId.Parse(left))));
    }

    [Fact]
    public void CompareTo_WithSameSuffixInDifferentCounties_KeepsBothInASortedSet()
    {
        var a = CaseId.Parse("110101-20261122-0F4T8M0005K1");
        var b = CaseId.Parse("650102-20261122-0F4T8M0005K1");

        Assert.NotEqual(0, a.CompareTo(b));
        Assert.Equal(-Math.Sign(a.CompareTo(b)), Math.Sign(b.CompareTo(a)));
        Assert.Equal(2, new SortedSet<CaseId> { a, b }.Count);
    }

    [Theory]
    [InlineData("", "expected 28 characters")]
    [InlineData("610925-20261122-0F4T8M0005K", "expected 28 characters")]
    [InlineData("610925-20261122-0F4T8M0005K10", "expected 28 characters")]
    [InlineData("610925_20261122-0F4T8M0005K1", "expected 28 characters")]
    [InlineData("610925-20261122_0F4T8M0005K1", "expected 28 characters")]
    [InlineData("6109250-2026112-0F4T8M0005K1", "expected 28 characters")]
    [InlineData("000925-20261122-0F4T8M0005K1", "6-digit code (GB/T 2260) of the receiving county")]
    [InlineData("61092A-20261122-0F4T8M0005K1", "6-digit code (GB/T 2260) of the receiving county")]
    [InlineData("610925-20261322-0F4T8M0005K1", "must be a date (yyyyMMdd)")]
    [InlineData("610925-20260229-0F4T8M0005K1", "must be a date (yyyyMMdd)")]
    [InlineData("610925-2026112A-0F4T8M0005K1", "must be a date (yyyyMMdd)")]
    [InlineData("610925-20261122-0F4T8M0005KI", "Crockford base-32")]
    [InlineData("610925-20261122-0F4T8M0005KL", "Crockford base-32")]
    [InlineData("610925-20261122-OF4T8M0005K1", "Crockford base-32")]
    [InlineData("610925-20261122-0F4T8M0005KU", "Crockford base-32")]
    [InlineData("610925-20261122-0F4T8M0005K-", "Crockford base-32")]
    public void Parse_WithBadText_SaysWhatIsWrong(string text, string problem)
    {
        var ex = Assert.Throws<FormatException>(() => CaseId.Parse(text));

        Assert.Contains(problem, ex.Message);
        Assert.Contains($"'{text}' is not a case id", ex.Message);
        Assert.False(CaseId.TryParse(text, out _, out var error));
        Assert.Equal(ex.Message, error);
    }

    [Fact]
    public void TryParse_WithNull_FailsWithAReason()
    {
        Assert.False(CaseId.TryParse(null, out _, out var error));
        Assert.Contains("expected 28 characters", error);
    }

    private static ulong Pack(long ms, long generator, long sequence) =>
        (ulong)ms << 33 | (ulong)generator << 13 | (ulong)sequence;

    private static string Encode(ulong suffix)
    {
        var chars = new char[12];
        for (var i = 11; i >= 0; i--, suffix /= 32)
        {
            chars[i] = Crockford[(int)(suffix % 32)];
        }

        return new string(chars);
    }
}
