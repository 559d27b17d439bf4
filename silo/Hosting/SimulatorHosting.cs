using Hub.Certificates;
using Hub.Simulator;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Hosting;

/// <summary>The department simulator as the hub runs it: with the certificate types of the hub's own catalogues.</summary>
public static class SimulatorHosting
{
    /// <summary>
    /// Adds the department simulator (<see cref="KafkaServiceCollectionExtensions.AddDepartmentSimulator"/>) and the
    /// certificate types its lines issue, taken from the certificate type catalogue and the matters' materials.
    /// </summary>
    public static IServiceCollection AddHubDepartmentSimulator(this IServiceCollection services, IConfiguration configuration)
    {
        var matters = services.AddHubCatalogues();
        services.TryAddSingleton(sp => new CertificateTypeChoice(
            sp.GetRequiredService<CertificateTypeCatalogue>().All.Select(t => new IssuableCertificateType(t.Code, t.Name, t.Department, t.ValidityYears)),
            matters.All.SelectMany(m => m.Materials.SelectMany(material => material.CertificateTypes.Select(type => (m.Code, type))))));
        return services.AddDepartmentSimulator(configuration);
    }
}
