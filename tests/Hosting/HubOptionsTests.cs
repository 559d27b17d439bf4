using Hub.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Tests.Hosting;

/// <summary>The hub's own settings are bound and checked the one way: a bad one stops the host, naming the key and the fix.</summary>
public sealed class HubOptionsTests
{
    [Fact]
    public async Task NodeFlushInterval_OfZero_FailsAtStartNamingTheKey()
    {
        await using var app = HubHost.Build(["--Hub:Nodes:FlushInterval=00:00:00", "--Hub:SiloPort=1", "--Hub:GatewayPort=2"]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Hub:Nodes:FlushInterval must be between", error.Message);
        Assert.Contains("the default is 00:00:10", error.Message);
    }

    [Fact]
    public void SiloPort_OutOfRange_FailsNamingTheKey()
    {
        var error = Assert.Throws<OptionsValidationException>(() => HubHost.Build(["--Hub:SiloPort=70000"]));

        Assert.Contains("Hub:SiloPort must be a TCP port between 1 and 65535 (was 70000)", error.Message);
    }
}
