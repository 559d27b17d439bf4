namespace Hub.Ops;

/// <summary>Registers the start-up banner.</summary>
public static class OpsHosting
{
    public static IServiceCollection AddStartupBanner(this IServiceCollection services) =>
        services.AddHostedService<StartupBanner>();
}
