namespace Hub.Windows;

/// <summary>Authenticates windows on every <c>/api</c> call: <c>Authorization: Bearer &lt;key&gt;</c>.</summary>
public static class WindowAccess
{
    private const string ItemKey = "hub.window";

    public static IServiceCollection AddWindowAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<WindowDirectory>();
        return services;
    }

    /// <summary>Refuses a call without a known window key with a 401 problem.</summary>
    public static TBuilder RequireWindow<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var header = http.Request.Headers.Authorization.ToString();
            var key = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
            var window = http.RequestServices.GetRequiredService<WindowDirectory>().Authenticate(key);
            if (window is null)
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
                return Results.Problem(
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: "Window credential missing or unknown",
                    detail: "Send the window's key as 'Authorization: Bearer <key>'. Keys are configured under Hub:Windows.");
            }

            http.Items[ItemKey] = window;
            return await next(context);
        });

    /// <summary>The window authenticated for this request.</summary>
    public static Window Window(this HttpContext http) =>
        http.Items[ItemKey] as Window ?? throw new InvalidOperationException("The endpoint is not behind RequireWindow().");
}
