using Hub.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Ops;

/// <summary>Cluster mode refuses a demo or short <c>Hub:Ops:Key</c>, saying how to make a good one.</summary>
public sealed class OpsOptionsValidator(IOptions<HubOptions> hub) : IValidateOptions<OpsOptions>
{
    private const string Fix = "set it to a long random secret (for example the output of `openssl rand -hex 32`), "
        + "or leave it unset to keep the /ops endpoints closed";

    public ValidateOptionsResult Validate(string? name, OpsOptions options)
    {
        if (hub.Value.Mode != HubMode.Cluster || string.IsNullOrEmpty(options.Key))
        {
            return ValidateOptionsResult.Success;
        }

        if (EmbeddedDefaults.IsDemoKey(options.Key))
        {
            return ValidateOptionsResult.Fail($"Hub:Mode is Cluster, but {OpsOptions.KeyKey} is the embedded mode's demo key '{options.Key}', which anyone can read in the docs: {Fix}.");
        }

        return options.Key.Length < OpsOptions.MinimumClusterKeyLength
            ? ValidateOptionsResult.Fail($"Hub:Mode is Cluster, but {OpsOptions.KeyKey} is only {options.Key.Length} characters long: {Fix} (at least {OpsOptions.MinimumClusterKeyLength} characters).")
            : ValidateOptionsResult.Success;
    }
}
