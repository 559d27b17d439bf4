using Hub.Identifiers;

namespace Hub.LoadTests.Regions;

/// <summary>Made-up applicants with identifiers that pass the hub's checks: citizen IDs (GB 11643) and credit codes (GB 32100).</summary>
internal static class Applicants
{
    private const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"];
    private static readonly string[] GivenNames = ["芳", "伟", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟"];

    /// <summary>A citizen ID registered in <paramref name="county"/> (6 digits), born between 1950 and 2005.</summary>
    public static string CitizenId(string county, Random random)
    {
        var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(365 * 55));
        var first17 = $"{county}{birth:yyyyMMdd}{random.Next(1000):D3}";
        return first17 + Identifiers.CitizenId.CheckCharacterFor(first17);
    }

    /// <summary>A unified social credit code of a company registered in <paramref name="county"/>.</summary>
    public static string CreditCode(string county, Random random)
    {
        Span<char> body = stackalloc char[9];
        for (var i = 0; i < body.Length; i++)
        {
            body[i] = CreditAlphabet[random.Next(CreditAlphabet.Length)];
        }

        var first17 = $"91{county}{body}";
        return first17 + Identifiers.CreditCode.CheckCharacterFor(first17);
    }

    public static string PersonName(Random random) =>
        Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)] + GivenNames[random.Next(GivenNames.Length)];

    public static string CompanyName(string county, Random random) => $"{county}{PersonName(random)}商贸有限公司";
}
