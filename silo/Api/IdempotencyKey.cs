using System.Security.Cryptography;
using System.Text.Json;

namespace Hub.Api;

/// <summary>The <c>Idempotency-Key</c> request header of <c>POST /api/cases</c> and the fingerprint of the body it covers.</summary>
public static class IdempotencyKey
{
    /// <summary>The header's name.</summary>
    public const string Header = "Idempotency-Key";

    /// <summary>The longest key taken.</summary>
    public const int MaxLength = 255;

    /// <summary>Reads the header: null when absent; a problem naming the header when it is empty, repeated or too long.</summary>
    public static string? Read(HttpRequest request, out IResult? problem)
    {
        problem = null;
        if (!request.Headers.TryGetValue(Header, out var values))
        {
            return null;
        }

        var key = values.Count == 1 ? values[0]?.Trim().Trim('"') : null;
        if (string.IsNullOrEmpty(key) || key.Length > MaxLength)
        {
            problem = InputErrors.Single(Header, $"Send one key of 1 to {MaxLength} characters, unique per submission, e.g. a UUID: '{Header}: \"{Guid.NewGuid()}\"'.");
            return null;
        }

        return key;
    }

    /// <summary>The fingerprint of a submission: SHA-256 of its JSON as bound, so that spacing and member order do not count.</summary>
    public static string Fingerprint(SubmitCaseRequest request, JsonSerializerOptions json) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, json)));
}
