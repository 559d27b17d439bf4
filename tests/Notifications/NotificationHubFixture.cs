using Hub.Tests.EndToEnd;
using Hub.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Hub.Tests.Notifications;

/// <summary>
/// The embedded hub with its stand-in notification gateway, whose simulated departments ask for a supplement on every
/// first dispatch (and approve the resubmission), every line it logs captured at every level.
/// </summary>
public sealed class NotificationHubFixture : HubAppFixture
{
    public CapturedLog Log { get; } = new();

    protected override IEnumerable<string> ExtraArguments =>
        ["--Hub:Simulator:ApprovePercent=0", "--Hub:Simulator:RejectPercent=0", "--Hub:Simulator:SupplementPercent=100", "--Logging:LogLevel:Default=Trace"];

    protected override void Configure(WebApplicationBuilder builder) => builder.Logging.AddProvider(Log);
}
