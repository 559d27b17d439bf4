using Microsoft.Extensions.Options;

namespace Hub.Nodes;

/// <summary>Fails start-up on a bad <c>Hub:Nodes</c> setting, naming the key and the fix.</summary>
public sealed class ServiceNodeOptionsValidator : IValidateOptions<ServiceNodeOptions>
{
    public ValidateOptionsResult Validate(string? name, ServiceNodeOptions options) =>
        options.FlushInterval <= TimeSpan.Zero || options.FlushInterval > TimeSpan.FromHours(1)
            ? ValidateOptionsResult.Fail(
                $"{ServiceNodeOptions.Section}:FlushInterval must be between 00:00:00.001 and 01:00:00 (was {options.FlushInterval}); the default is 00:00:10.")
            : ValidateOptionsResult.Success;
}
