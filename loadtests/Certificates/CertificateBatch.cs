using Hub.Certificates;
using Hub.Identifiers;
using Hub.LoadTests.Regions;

namespace Hub.LoadTests.Certificates;

/// <summary>
/// The certificates the verification phase issues: 中华人民共和国残疾人证 of the civil-affairs line, issued in Changsha,
/// each to an applicant of its own, under ids of one run (a random run number in the serial) so a rerun against the
/// same hub issues new ones.
/// </summary>
internal static class CertificateBatch
{
    public const string TypeCode = "11100000HUB000003Q001";
    public const string TypeName = "中华人民共和国残疾人证";
    public const string Department = "civil-affairs";
    public const string IssuerCode = "11430000006122244L";
    private const string County = "430102";

    /// <summary><paramref name="count"/> certificates with distinct ids and distinct holders.</summary>
    public static IReadOnlyList<CertificateToIssue> Build(int count, Random random, DateTimeOffset now)
    {
        var run = random.Next(100_000_000);
        var holders = new HashSet<string>(count);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var batch = new List<CertificateToIssue>(count);
        for (var i = 0; i < count; i++)
        {
            string holder;
            do
            {
                holder = Applicants.CitizenId(County, random);
            }
            while (!holders.Add(holder));

            var id = CertificateId.Create(TypeCode, IssuerCode, $"{run:D8}{i:D8}", "001").ToString();
            var metadata = new CertificateMetadata(
                TypeCode, TypeName, $"湘残证{run:D8}{i:D8}", "长沙市残疾人联合会", IssuerCode, today, today, today.AddYears(10),
                Applicants.PersonName(random), holder, HolderIdType.CitizenId, null, DivisionCode.Parse("430100"), $"sha256:{run:x8}{i:x8}");
            var issued = new CertificateChange($"bench-{run:D8}-{i:D8}", CertificateOperation.Issue, Department, "officer-1", now, null);
            batch.Add(new CertificateToIssue(id, new CertificateIssue(metadata, issued, null, null, null)));
        }

        return batch;
    }
}
