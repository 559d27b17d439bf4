using Hub.Identifiers;
using Hub.Kafka.DeadLetters;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Kafka.Internal;

/// <summary>
/// The checks a decoded department event must pass before it may reach a case: what is wrong with it as a
/// dead-letter reason, <c>code: detail</c> with a <see cref="DeadLetterCodes"/> code, or null when nothing is.
/// </summary>
internal static class DepartmentEventCheck
{
    private const string Bodies = "accepted, supplement_requested, approved, rejected";

    public static string? Problem(Wire.DepartmentEvent wire, string topicDepartment, out CaseId caseId)
    {
        caseId = default;
        if (string.IsNullOrWhiteSpace(wire.EventId))
        {
            return $"{DeadLetterCodes.MissingEventId}: event_id is empty";
        }

        if (string.IsNullOrWhiteSpace(wire.CaseId))
        {
            return $"{DeadLetterCodes.MissingCaseId}: case_id is empty";
        }

        if (!CaseId.TryParse(wire.CaseId, out caseId, out var caseIdError))
        {
            // A department may have put a personal identifier here by mistake: never repeat it in full.
            return $"{DeadLetterCodes.InvalidCaseId}: {caseIdError.Replace(wire.CaseId, PersonalData.Mask(wire.CaseId), StringComparison.Ordinal)}";
        }

        if (wire.Department != topicDepartment)
        {
            return $"{DeadLetterCodes.DepartmentMismatch}: the event names department '{wire.Department}' but arrived on the topic of '{topicDepartment}'";
        }

        if (wire.OccurredAt <= 0)
        {
            return $"{DeadLetterCodes.MissingOccurredAt}: occurred_at is {wire.OccurredAt}; it must be the time of the event in unix milliseconds";
        }

        return BodyProblem(wire);
    }

    private static string? BodyProblem(Wire.DepartmentEvent wire)
    {
        var set = new (string Name, object? Body)[]
        {
            ("accepted", wire.Accepted), ("supplement_requested", wire.SupplementRequested), ("approved", wire.Approved), ("rejected", wire.Rejected),
        }.Where(b => b.Body is not null).Select(b => b.Name).ToArray();
        return set.Length switch
        {
            0 => $"{DeadLetterCodes.UnknownBody}: none of {Bodies} is set",
            > 1 => $"{DeadLetterCodes.MultipleBodies}: {string.Join(" and ", set)} are set; exactly one of {Bodies} may be",
            _ when wire.SupplementRequested is { } s && s.Materials.All(string.IsNullOrWhiteSpace)
                => $"{DeadLetterCodes.InvalidBody}: supplement_requested must list the codes of the materials to supplement",
            _ when wire.Rejected is { } r && string.IsNullOrWhiteSpace(r.Reason)
                => $"{DeadLetterCodes.InvalidBody}: rejected must give a reason",
            _ => null,
        };
    }
}
