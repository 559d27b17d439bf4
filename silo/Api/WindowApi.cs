using Hub.Catalogue;
using System.Text.Json.Serialization;
using Hub.Access;
using Hub.Halls;
using Hub.Statistics;

namespace Hub.Api;

/// <summary>Registers and maps the window HTTP API (DESIGN §4), JSON with problem details and an OpenAPI document.</summary>
public static class WindowApi
{
    public static IServiceCollection AddWindowApi(this IServiceCollection services)
    {
        services.AddSingleton<SubmissionBuilder>();
        services.AddSingleton<CertificateUses>();
        services.AddSingleton<StatisticsReader>();
        services.AddSingleton<BookingReader>();
        services.AddSingleton<QueueContext>();
        services.AddProblemDetails();
        services.AddExceptionHandler<CaseRuleExceptionHandler>();
        services.AddExceptionHandler<CertificateRuleExceptionHandler>();
        services.AddExceptionHandler<HallRuleExceptionHandler>();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<UnavailableExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new DivisionCodeJsonConverter());
            o.SerializerOptions.Converters.Add(new CaseIdJsonConverter());
        });
        services.AddOpenApi();
        return services;
    }

    public static IEndpointRouteBuilder MapWindowApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(HubClaims.WindowRole);
        api.MapCaseEndpoints();
        api.MapCaseLog();
        api.MapDirectoryEndpoints();
        api.MapMatterHistory();
        api.MapCalendarEndpoints();
        api.MapNodeStatistics();
        api.MapCertificateEndpoints();
        api.MapHolderEndpoints();
        api.MapAppointmentEndpoints();
        api.MapQueueEndpoints();
        return app;
    }
}
