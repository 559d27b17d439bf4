using Hub.Hosting;
using Hub.Ops;
using Hub.Windows;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hub.Access;

/// <summary>Registers who may call: the <see cref="BearerKeyHandler"/> scheme, the <c>window</c> and <c>operator</c> policies, and their options.</summary>
public static class HubAuthentication
{
    /// <summary>
    /// Binds <see cref="OpsOptions"/> (<c>Hub:Ops</c>) and <see cref="WindowsOptions"/> (<c>Hub:Windows</c>), validated at
    /// start-up, with the <see cref="EmbeddedDefaults"/> in embedded mode where they are unset; finds windows in the
    /// configuration (embedded) or the database (cluster).
    /// </summary>
    public static IHostApplicationBuilder AddHubAuthentication(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<OpsOptions>().BindConfiguration(OpsOptions.Section).ValidateOnStart()
            .PostConfigure<IOptions<HubOptions>>((ops, hub) =>
            {
                if (hub.Value.Mode == HubMode.Embedded && ops.Key is null)
                {
                    ops.Key = EmbeddedDefaults.OpsKey;
                }
            });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OpsOptions>, OpsOptionsValidator>());
        services.AddOptions<WindowsOptions>().BindConfiguration(WindowsOptions.Section).ValidateOnStart()
            .Configure<IConfiguration>((windows, configuration) =>
                // The numbered children are the entries; the binder sees only the named settings (CacheFor).
                windows.Entries = [.. configuration.GetSection(WindowsOptions.Section).GetChildren()
                    .Where(c => int.TryParse(c.Key, out _)).OrderBy(c => int.Parse(c.Key, System.Globalization.CultureInfo.InvariantCulture))
                    .Select(c => c.Get<WindowCredential>() ?? new WindowCredential())])
            .PostConfigure<IOptions<HubOptions>>((windows, hub) =>
            {
                if (hub.Value.Mode == HubMode.Embedded && windows.Entries.Count == 0)
                {
                    windows.Entries = EmbeddedDefaults.Windows;
                }
            });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WindowsOptions>, WindowsOptionsValidator>());
        services.TryAddSingleton<IWindowDirectory>(sp => sp.GetRequiredService<IOptions<HubOptions>>().Value is { Mode: HubMode.Cluster } hub
            ? new DatabaseWindows(new WindowStore(hub.Database.ConnectionString!), sp.GetRequiredService<IOptions<WindowsOptions>>())
            : new ConfiguredWindows(sp.GetRequiredService<IOptions<WindowsOptions>>(), sp.GetRequiredService<Registry.NodeRegistry>()));

        services.TryAddSingleton<OpsSession>();
        services.AddAuthentication(HubClaims.Scheme).AddScheme<AuthenticationSchemeOptions, BearerKeyHandler>(HubClaims.Scheme, configureOptions: null);
        services.AddAuthorizationBuilder()
            .AddPolicy(HubClaims.WindowRole, policy => policy.RequireRole(HubClaims.WindowRole))
            .AddPolicy(HubClaims.OperatorRole, policy => policy.RequireRole(HubClaims.OperatorRole));
        return builder;
    }
}
