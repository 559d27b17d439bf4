using Hub.Certificates;
using Hub.Identifiers;
using Hub.LoadTests.Certificates;

namespace Hub.Tests.LoadTests;

/// <summary>The verification phase issues certificates the hub accepts, each under its own id and to its own holder.</summary>
public sealed class CertificateBatchTests
{
    [Fact]
    public void Batch_HasValidDistinctIds_AndDistinctHolders_OfTheCivilAffairsType()
    {
        var batch = CertificateBatch.Build(3000, new Random(11), new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));

        Assert.Equal(3000, batch.Count);
        Assert.Equal(3000, batch.Select(c => c.Id).Distinct().Count());
        Assert.Equal(3000, batch.Select(c => c.Issue.Metadata.HolderId).Distinct().Count());
        Assert.Equal(3000, batch.Select(c => c.Issue.Issued.EventId).Distinct().Count());
        Assert.All(batch, c =>
        {
            Assert.True(CertificateId.TryParse(c.Id, out var id, out var error), error);
            Assert.Equal(CertificateBatch.TypeCode, c.Issue.Metadata.TypeCode);
            Assert.Equal(CertificateBatch.Department, c.Issue.Issued.Department);
            Assert.Equal(CertificateOperation.Issue, c.Issue.Issued.Operation);
            Assert.True(CitizenId.TryParse(c.Issue.Metadata.HolderId, out _, out var holderError), holderError);
        });
    }
}
