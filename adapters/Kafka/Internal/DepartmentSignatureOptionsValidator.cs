using Hub.Signing;
using Microsoft.Extensions.Options;

namespace Hub.Kafka.Internal;

/// <summary>Refuses to start with a registered line the hub does not consume, or a key file that is not a P-256 key, naming it.</summary>
internal sealed class DepartmentSignatureOptionsValidator : IValidateOptions<DepartmentSignatureOptions>
{
    public ValidateOptionsResult Validate(string? name, DepartmentSignatureOptions options)
    {
        var errors = new List<string>();
        foreach (var (line, keys) in options.Lines)
        {
            var at = $"{DepartmentSignatureOptions.SectionName}:Lines:{line}";
            if (!HubTopics.IsDepartment(line) && line is not HubTopics.LogisticsLine and not HubTopics.HotlineLine)
            {
                errors.Add($"{at}: '{line}' is not a line the hub consumes; use one of {string.Join(", ", HubTopics.Departments)}, {HubTopics.LogisticsLine}, {HubTopics.HotlineLine}.");
                continue;
            }

            if (keys.KeyFiles.Count == 0)
            {
                errors.Add($"{at}:KeyFiles is empty: list the PEM files of the line's public keys.");
            }

            foreach (var file in keys.KeyFiles)
            {
                try
                {
                    using var _ = EcKeyFiles.Load(file);
                }
                catch (InvalidOperationException ex)
                {
                    errors.Add($"{at}:KeyFiles: {ex.Message}");
                }
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
