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
        var stations = HelpStations.LoadDefault();
        var registry = NodeRegistry.LoadDefault(stations);
        var catalogue = services.AddHubCatalogues();
        services.AddSingleton(registry);
        services.AddSingleton(stations);
        services.AddSingleton(new CaseRouter(registry, catalogue));
        services.AddSingleton(Hotline.HotlineRouting.LoadDefault(registry));
        return services;
    }

    /// <summary>
    /// Loads the matter catalogue and the certificate types, once however often it is called: every silo needs the
    /// types, since a certificate grain checks an issue against them. Returns the matter catalogue registered.
    /// </summary>
    public static MatterCatalogue AddHubCatalogues(this IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(MatterCatalogue))?.ImplementationInstance is MatterCatalogue loaded)
        {
            return loaded;
        }

        var catalogue = MatterCatalogue.LoadDefault();
        services.AddSingleton(catalogue);
        services.AddSingleton(CertificateTypeCatalogue.LoadDefault(catalogue));
        return catalogue;
    }
}
