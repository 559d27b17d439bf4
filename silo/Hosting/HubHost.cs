using Hub.Api;
using Hub.Ops;
using Hub.Windows;

namespace Hub.Hosting;

/// <summary>Builds the hub's web host: one silo, the window API and the ops endpoints.</summary>
public static class HubHost
{
    /// <summary>Builds the host from command-line arguments and the usual configuration sources.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder);
        builder.AddHubSilo();
        builder.Services.AddHubRouting();
        builder.Services.AddWindowAccess(builder.Configuration);
        builder.Services.AddWindowApi();
        builder.Services.AddStartupBanner();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapWindowApi();
        app.MapOps();
        return app;
    }
}
