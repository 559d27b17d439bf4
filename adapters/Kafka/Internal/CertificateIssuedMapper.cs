using Hub.Certificates;
using Hub.Identifiers;
using Hub.Kafka.DeadLetters;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Kafka.Internal;

/// <summary>
/// Reads the metadata of a <c>CertificateIssued</c> body: every field the certificate must carry, the type and issuer
/// codes as the identifier has them, the issuer a credit code, the holder's id passing the check of its type, the
/// dates and the division well formed, and a replaced certificate named with how. What is wrong comes as
/// <c>code: detail</c> with a <see cref="DeadLetterCodes"/> code; the holder's id is never repeated in full.
/// </summary>
internal static class CertificateIssuedMapper
{
    public static string? Problem(
        Wire.CertificateIssued wire, CertificateId id, out CertificateMetadata? metadata, out string? replaces, out CertificateOperation? how)
    {
        (metadata, replaces, how) = (null, null, null);
        var missing = new (string Name, string? Value)[]
        {
            ("type_code", wire.TypeCode), ("type_name", wire.TypeName), ("number", wire.Number), ("issuer_name", wire.IssuerName),
            ("issuer_code", wire.IssuerCode), ("issued_on", wire.IssuedOn), ("valid_from", wire.ValidFrom), ("holder_name", wire.HolderName),
            ("holder_id", wire.HolderId), ("issuing_division", wire.IssuingDivision), ("file_digest", wire.FileDigest),
        }.Where(f => string.IsNullOrWhiteSpace(f.Value)).Select(f => f.Name).ToArray();
        if (missing.Length > 0)
        {
            return $"{DeadLetterCodes.InvalidBody}: certificate_issued must give {string.Join(", ", missing)}";
        }

        if (!string.Equals(wire.TypeCode, id.TypeCode, StringComparison.OrdinalIgnoreCase))
        {
            return $"{DeadLetterCodes.CertificateIdMismatch}: type_code is '{wire.TypeCode}' but certificate_id names the type {id.TypeCode}";
        }

        if (!CreditCode.TryParse(wire.IssuerCode, out var issuer, out var issuerError))
        {
            return $"{DeadLetterCodes.InvalidIssuerCode}: issuer_code '{wire.IssuerCode}' is not a unified social credit code (GB 32100): {issuerError}";
        }

        if (issuer != id.IssuerCode)
        {
            return $"{DeadLetterCodes.CertificateIdMismatch}: issuer_code is {issuer} but certificate_id names the issuer {id.IssuerCode}";
        }

        if (HolderProblem(wire) is { } holder)
        {
            return holder;
        }

        if (!DivisionCode.TryParse(wire.IssuingDivision, out var division, out var divisionError))
        {
            return $"{DeadLetterCodes.InvalidBody}: issuing_division: {divisionError}";
        }

        if (ReplacesProblem(wire, out replaces, out how) is { } replacement)
        {
            return replacement;
        }

        try
        {
            metadata = new CertificateMetadata(
                id.TypeCode, wire.TypeName!, wire.Number!, wire.IssuerName!, issuer.Value,
                WireTime.ParseDate(wire.IssuedOn, "issued_on"), WireTime.ParseDate(wire.ValidFrom, "valid_from"),
                string.IsNullOrWhiteSpace(wire.ValidTo) ? null : WireTime.ParseDate(wire.ValidTo, "valid_to"),
                wire.HolderName!, wire.HolderId!.Trim().ToUpperInvariant(), (HolderIdType)wire.HolderIdType,
                string.IsNullOrWhiteSpace(wire.MatterCode) ? null : wire.MatterCode, division, wire.FileDigest!);
        }
        catch (FormatException ex)
        {
            return $"{DeadLetterCodes.InvalidBody}: {ex.Message}";
        }

        return null;
    }

    public static Wire.CertificateIssued ToWire(CertificateId id, CertificateIssue issue)
    {
        var m = issue.Metadata;
        return new Wire.CertificateIssued
        {
            CertificateId = id.ToString(), TypeCode = m.TypeCode, TypeName = m.TypeName, Number = m.Number,
            IssuerName = m.IssuerName, IssuerCode = m.IssuerCode, IssuedOn = WireTime.ToWire(m.IssuedOn),
            ValidFrom = WireTime.ToWire(m.ValidFrom), ValidTo = m.ValidTo is { } to ? WireTime.ToWire(to) : null,
            HolderName = m.HolderName, HolderId = m.HolderId, HolderIdType = (Wire.HolderIdType)m.HolderIdType,
            MatterCode = m.MatterCode, IssuingDivision = m.IssuingDivision.ToString(), FileDigest = m.FileDigest,
            Replaces = issue.Replaces,
            ReplacedHow = issue.ReplacedHow switch
            {
                CertificateOperation.Renew => Wire.CertificateReplacement.Renew,
                CertificateOperation.Change => Wire.CertificateReplacement.Change,
                _ => Wire.CertificateReplacement.Unspecified,
            },
        };
    }

    private static string? HolderProblem(Wire.CertificateIssued wire)
    {
        string? error = null;
        var checks = wire.HolderIdType switch
        {
            Wire.HolderIdType.CitizenId => CitizenId.TryParse(wire.HolderId, out _, out error),
            Wire.HolderIdType.CreditCode => CreditCode.TryParse(wire.HolderId, out _, out error),
            _ => false,
        };
        if (checks)
        {
            return null;
        }

        return error is null
            ? $"{DeadLetterCodes.InvalidBody}: holder_id_type must be HOLDER_ID_TYPE_CITIZEN_ID or HOLDER_ID_TYPE_CREDIT_CODE (was {(int)wire.HolderIdType})"
            // The holder may be a person: never repeat the id in full.
            : $"{DeadLetterCodes.InvalidHolderId}: holder_id {PersonalData.Mask(wire.HolderId)} is not a valid {wire.HolderIdType}: "
                + error.Replace(wire.HolderId!, PersonalData.Mask(wire.HolderId), StringComparison.Ordinal);
    }

    private static string? ReplacesProblem(Wire.CertificateIssued wire, out string? replaces, out CertificateOperation? how)
    {
        (replaces, how) = (null, null);
        var named = !string.IsNullOrWhiteSpace(wire.Replaces);
        if (named != (wire.ReplacedHow != Wire.CertificateReplacement.Unspecified))
        {
            return $"{DeadLetterCodes.InvalidBody}: replaces and replaced_how go together: a renewal or change names the certificate it replaces and how, a first issue neither";
        }

        if (!named)
        {
            return null;
        }

        if (!CertificateId.TryParse(wire.Replaces, out var old, out var error))
        {
            return $"{DeadLetterCodes.InvalidCertificateId}: replaces is not an e-certificate identifier (GB/T 36904): {error}";
        }

        (replaces, how) = (old.ToString(), wire.ReplacedHow switch
        {
            Wire.CertificateReplacement.Renew => CertificateOperation.Renew,
            Wire.CertificateReplacement.Change => CertificateOperation.Change,
            _ => null,
        });
        return how is null ? $"{DeadLetterCodes.InvalidBody}: replaced_how {(int)wire.ReplacedHow} is neither RENEW nor CHANGE" : null;
    }
}
