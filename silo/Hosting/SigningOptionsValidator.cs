using Hub.Signing;
using Microsoft.Extensions.Options;

namespace Hub.Hosting;

/// <summary>Checks <see cref="SigningOptions"/> at start-up: a key file in cluster mode, every file a P-256 key, the batch limits in range.</summary>
public sealed class SigningOptionsValidator(IOptions<HubOptions> hub) : IValidateOptions<SigningOptions>
{
    public ValidateOptionsResult Validate(string? name, SigningOptions options)
    {
        var errors = new List<string>();
        if (options.KeyFile is null && !options.GenerateKey)
        {
            errors.Add(hub.Value.Mode == HubMode.Cluster
                ? $"{SigningOptions.Section}:KeyFile must be set in cluster mode: the PEM file of the ECDSA P-256 key every silo signs hand-off logs with, for example made by `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out hub-log.pem`."
                : $"{SigningOptions.Section}:KeyFile is not set.");
        }

        foreach (var (file, key) in new[] { (options.KeyFile, "KeyFile") }.Concat(options.RetiredKeyFiles.Select((f, i) => ((string?)f, $"RetiredKeyFiles:{i}"))))
        {
            if (file is null)
            {
                continue;
            }

            try
            {
                using var loaded = EcKeyFiles.Load(file);
                if (key == "KeyFile" && !EcKeyFiles.HasPrivateKey(loaded))
                {
                    errors.Add($"{SigningOptions.Section}:KeyFile: {file}: holds a public key only; the key that signs needs its private key (a retired key's public key goes in RetiredKeyFiles).");
                }
            }
            catch (InvalidOperationException ex)
            {
                errors.Add($"{SigningOptions.Section}:{key}: {ex.Message}");
            }
        }

        if (options.BatchWindow < TimeSpan.Zero || options.BatchWindow > TimeSpan.FromSeconds(1))
        {
            errors.Add($"{SigningOptions.Section}:BatchWindow is {options.BatchWindow}; give 00:00:00 to 00:00:01 (the default is 2 ms).");
        }

        if (options.MaxBatch is < 1 or > 65_536)
        {
            errors.Add($"{SigningOptions.Section}:MaxBatch is {options.MaxBatch}; give 1 to 65536.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
