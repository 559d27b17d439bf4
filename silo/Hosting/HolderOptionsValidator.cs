using Hub.Certificates;
using Microsoft.Extensions.Options;

namespace Hub.Hosting;

/// <summary>Checks <see cref="HolderOptions"/> at start-up, naming the key and the fix.</summary>
public sealed class HolderOptionsValidator(IOptions<HubOptions> hub) : IValidateOptions<HolderOptions>
{
    /// <summary>The shortest secret taken.</summary>
    public const int MinimumSecretLength = 32;

    public ValidateOptionsResult Validate(string? name, HolderOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrEmpty(options.Secret) || options.Secret.Length < MinimumSecretLength)
        {
            errors.Add(hub.Value.Mode == HubMode.Cluster
                ? $"{HolderOptions.Section}:Secret must be set in cluster mode, to at least {MinimumSecretLength} characters that every silo shares and that never change while the data lives (it keys each certificate holder's grain): for example `openssl rand -hex 32`."
                : $"{HolderOptions.Section}:Secret must be at least {MinimumSecretLength} characters (leave it unset and the embedded hub generates one).");
        }

        if (options.KeepUses < 1)
        {
            errors.Add($"{HolderOptions.Section}:KeepUses must be at least 1 (default 200; was {options.KeepUses}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
