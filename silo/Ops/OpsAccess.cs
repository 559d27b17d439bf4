using System.Security.Cryptography;
using System.Text;

namespace Hub.Ops;

/// <summary>Guards the operator endpoints with the key set at <c>Hub:Ops:Key</c>, sent as <c>Authorization: Bearer &lt;key&gt;</c>.</summary>
public static class OpsAccess
{
    public static TBuilder RequireOpsKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var expected = http.RequestServices.GetRequiredService<IConfiguration>()["Hub:Ops:Key"];
            var header = http.Request.Headers.Authorization.ToString();
            var given = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : "";
            if (string.IsNullOrEmpty(expected)
                || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected)))
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
                return Results.Problem(
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: "Operator key missing or wrong",
                    detail: string.IsNullOrEmpty(expected)
                        ? "No operator key is configured: set Hub:Ops:Key, then send it as 'Authorization: Bearer <key>'."
                        : "Send the operator key (Hub:Ops:Key) as 'Authorization: Bearer <key>'.");
            }

            return await next(context);
        });
}
