using Hub.Catalogue;
using Hub.Certificates;
using Hub.Registry;
using Hub.Routing;

namespace Hub.Hosting;

/// <summary>Loads the node registry, the matter catalogue and the certificate types once, at start-up, so routing is a function call.</summary>
public static class RoutingHosting
{
    public static IServiceCollection AddHubRouting(this IServiceCollection services)
    {
        // Loaded here, not lazily: bad data stops start-up instead of failing the first window.
        var registry = NodeRegistry.LoadDefault();
        var catalogue = MatterCatalogue.LoadDefault();
        var certificateTypes = CertificateTypeCatalogue.LoadDefault(catalogue);
        services.AddSingleton(registry);
        services.AddSingleton(catalogue);
        services.AddSingleton(certificateTypes);
        services.AddSingleton(new CaseRouter(registry, catalogue));
        return services;
    }
}
