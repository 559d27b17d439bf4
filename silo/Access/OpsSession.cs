using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hub.Ops;
using Microsoft.Extensions.Options;

namespace Hub.Access;

/// <summary>
/// A browser's session with the operator key, so that pages (<c>/ops/view</c>, <c>/ops/dashboard</c>) can read
/// <c>/ops</c> without script holding the key: <c>POST /ops/session</c> with the key as a bearer sets the cookie
/// <see cref="Cookie"/> (HttpOnly, SameSite=Strict, path <c>/</c>), valid for <see cref="Lifetime"/>. The cookie holds the
/// expiry and an HMAC of it keyed with the operator key, never the key: every silo with the same key accepts it, and a
/// new key ends every session. It is taken for reading only (GET and HEAD): what changes anything needs the key itself.
/// </summary>
public sealed class OpsSession(IOptions<OpsOptions> ops, HubClock time)
{
    /// <summary>The cookie's name.</summary>
    public const string Cookie = "hub-ops-session";

    /// <summary>How long a session lasts.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    /// <summary>A new session's cookie value and expiry; null without an operator key.</summary>
    public (string Value, DateTimeOffset Expires)? Issue()
    {
        if (string.IsNullOrEmpty(ops.Value.Key))
        {
            return null;
        }

        var expires = time.GetUtcNow() + Lifetime;
        var seconds = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return ($"{seconds}.{Sign(ops.Value.Key, seconds)}", expires);
    }

    /// <summary>Whether <paramref name="value"/> is a session this operator key issued and that has not expired.</summary>
    public bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(ops.Value.Key) || value?.Split('.') is not [var seconds, var signature]
            || !long.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || DateTimeOffset.FromUnixTimeSeconds(Math.Min(expires, 253_402_300_799)) <= time.GetUtcNow())
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(ops.Value.Key, seconds)), Encoding.ASCII.GetBytes(signature));
    }

    private static string Sign(string key, string seconds) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.ASCII.GetBytes("hub-ops-session:" + seconds)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
