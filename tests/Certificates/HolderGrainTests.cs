using Hub.Certificates;
using Hub.Identifiers;
using Hub.Tests.Support;
using Microsoft.Extensions.Options;
using static Hub.Tests.Certificates.CertificateSamples;

namespace Hub.Tests.Certificates;

/// <summary>A holder's certificates and log, keyed by a keyed hash of their ID, through the real runtime.</summary>
[Collection(ClusterCollection.Name)]
public sealed class HolderGrainTests(ClusterFixture fixture)
{
    private HolderKeys Keys => fixture.SiloService<HolderKeys>();

    [Fact]
    public async Task IssuedCertificate_IsTheHolders_UnderAKeyThatIsNotTheirId()
    {
        var holder = Cases.CaseSamples.UniqueChangshaCitizenId();
        var id = NewId();
        var issue = Issue() with { Metadata = Metadata(holder: holder) };

        await fixture.Client.GetGrain<ICertificateGrain>(id).Issue(issue);
        await fixture.Client.GetGrain<ICertificateGrain>(id).Issue(issue);

        var key = Keys.For(HolderIdType.CitizenId, holder);
        Assert.DoesNotContain(holder, key);
        Assert.Equal(64, key.Length);
        Assert.NotEqual(key, Keys.For(HolderIdType.CreditCode, holder));
        Assert.Equal([id], (await fixture.Client.GetGrain<IHolderGrain>(key).GetView()).Certificates);
    }

    [Fact]
    public async Task Log_KeepsTheNewestUses_AndCountsThemAll()
    {
        var holder = fixture.Client.GetGrain<IHolderGrain>(Keys.For(HolderIdType.CitizenId, Guid.NewGuid().ToString()));
        var keep = fixture.SiloService<IOptions<HolderOptions>>().Value.KeepUses;

        for (var i = 0; i < keep + 3; i++)
        {
            await holder.Record(new CertificateUse(CertificateUseKind.Verification, NewId(), $"window:w{i}", DivisionCode.Parse("150626"), DateTimeOffset.UtcNow, null, null, null, null));
        }

        var view = await holder.GetView();
        Assert.Equal(keep + 3, view.TotalUses);
        Assert.Equal(keep, view.Uses.Count);
        Assert.Equal($"window:w{keep + 2}", view.Uses[0].Actor);
        Assert.Equal("window:w3", view.Uses[^1].Actor);
    }
}
