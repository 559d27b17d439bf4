using Hub.Access;
using Hub.Api;
using Hub.Commands;
using Hub.Hosting;
using Hub.Ops;
using Hub.OpsView;
using Hub.Progress;

// `db init`, `broker` and `windows …` are commands of their own; anything else runs the hub.
if (HubCommands.Find(args) is { } command)
{
    return await command();
}

return await HubHost.RunAsync(() => Build(args));

/// <summary>The hub's composition. Tests build exactly this app, through <see cref="HubHost.Build"/>.</summary>
public partial class Program
{
    /// <summary>Builds the hub from command-line arguments and the usual configuration sources; <paramref name="configure"/> runs first.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder);
        builder.AddHubServices();
        builder.AddHubAuthentication();
        builder.Services.AddHubRouting();
        builder.Services.AddWindowApi();
        builder.Services.AddProgressPage();
        builder.Services.AddStartupBanner();
        builder.AddOperatorView();
        builder.UseOrleans(silo => silo.UseHubClustering().AddHubGrains().AddHubDashboard());

        var app = builder.Build();
        app.UseHubWorkCounting();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        app.MapWindowApi();
        app.MapProgress();
        app.MapOps();
        app.MapLogKeys();
        app.MapSupervision();
        app.MapOperatorView();
        return app;
    }
}
