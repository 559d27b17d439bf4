using Hub.Cases;

namespace Hub.Catalogue;

/// <summary>
/// Checks the tasks of a 多地联办 (JointHandling) matter: the mode and the tasks go together, the tasks are done at both
/// regions (one region alone is not joint handling), stages run from 1 without a gap, the lead department takes part.
/// </summary>
internal static class JointTaskChecks
{
    public static JointTask[] Validate(List<JointTaskEntry?>? entries, IReadOnlyList<HandlingMode> modes, string department, bool bundle, EntryErrors errors)
    {
        var joint = modes.Contains(HandlingMode.JointHandling);
        if (entries is not { Count: > 0 })
        {
            return joint
                ? throw errors.At("jointTasks", "are missing, but modes lists JointHandling: say which department does what at the applicant's Home region and at the Former one, or remove JointHandling from modes.")
                : [];
        }

        if (!joint)
        {
            throw errors.At("jointTasks", "are given but modes lacks JointHandling; add it to modes or remove the tasks.");
        }

        if (bundle)
        {
            throw errors.At("jointTasks", "are given beside stages; a matter is either a 一件事 bundle (stages) or handled at several regions (jointTasks), not both.");
        }

        var tasks = new JointTask[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var field = $"jointTasks[{i}]";
            var entry = entries[i] ?? throw errors.At(field, "is null; give {department, at, stage, name}.");
            if (!Departments.IsKnown(entry.Department))
            {
                throw errors.At($"{field}.department", $"'{entry.Department}' is not a department line; use one of {string.Join(", ", Departments.All)}.");
            }

            if (entry.At is not { } at || !Enum.IsDefined(at))
            {
                throw errors.At($"{field}.at", "is missing; it must be Home (the applicant's home region) or Former (the region they come from).");
            }

            if (entry.Stage is not (>= 1 and <= 9) || entry.Stage > tasks.Take(i).Select(t => t.Stage).DefaultIfEmpty(0).Max() + 1)
            {
                throw errors.At($"{field}.stage", $"is {entry.Stage?.ToString() ?? "missing"}; stages count from 1, in order, without a gap.");
            }

            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                throw errors.At($"{field}.name", "is empty; say what the task is, e.g. 转出 or 转入.");
            }

            var task = new JointTask(entry.Department!, at, entry.Stage.Value, entry.Name.Trim());
            if (Array.Exists(tasks, t => t is not null && t.Department == task.Department && t.At == task.At))
            {
                throw errors.At(field, $"repeats {task.Department} at {task.At}; a department has one task at each region.");
            }

            tasks[i] = task;
        }

        if (!tasks.Any(t => t.At == JointRegion.Home) || !tasks.Any(t => t.At == JointRegion.Former))
        {
            throw errors.At("jointTasks", "are all at one region; joint handling has tasks at the Home region and at the Former one.");
        }

        return tasks.Any(t => t.Department == department)
            ? tasks
            : throw errors.At("jointTasks", $"do not include the lead department '{department}'; give it a task.");
    }
}
