namespace Hub.Api;

/// <summary>Collects what is wrong with a request, field by field, and answers it as one problem.</summary>
public sealed class InputErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message) =>
        _errors[field] = _errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    /// <summary>A 400 (or <paramref name="status"/>) validation problem naming every field at fault.</summary>
    public IResult ToProblem(int status = StatusCodes.Status400BadRequest, string? code = null)
    {
        var first = _errors.First();
        return Results.ValidationProblem(
            _errors,
            statusCode: status,
            title: status == StatusCodes.Status400BadRequest ? "The request has invalid fields" : "The case cannot be taken as submitted",
            detail: $"{first.Key}: {first.Value[0]}",
            extensions: code is null ? null : new Dictionary<string, object?> { ["code"] = code });
    }

    public static IResult Single(string field, string message, int status = StatusCodes.Status400BadRequest, string? code = null)
    {
        var errors = new InputErrors();
        errors.Add(field, message);
        return errors.ToProblem(status, code);
    }
}
