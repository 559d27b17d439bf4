namespace Hub.Database;

/// <summary>The project's PostgreSQL scripts (Orleans' ADO.NET providers, the windows), embedded in the silo, in the order they run.</summary>
public static class DatabaseScripts
{
    /// <summary>The scripts' names, in installation order: the query catalogue first, since the others fill it.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["01-query-catalogue.sql", "02-membership.sql", "03-grain-state.sql", "04-reminders.sql", "05-windows.sql", "06-calendar.sql"];

    /// <summary>The hub's own tables, beside Orleans': the windows and the holiday notices of cluster mode.</summary>
    public static IReadOnlyList<string> HubTables { get; } = ["hubwindows", "hubcalendar"];

    /// <summary>Every query key the hub's three providers need: clustering, grain storage and reminders.</summary>
    public static IReadOnlyList<string> QueryKeys { get; } =
    [
        "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "UpdateIAmAlivetimeKey",
        "MembershipReadAllKey", "MembershipReadRowKey", "GatewaysQueryKey", "DeleteMembershipTableEntriesKey",
        "CleanupDefunctSiloEntriesKey", "CleanupDefunctSiloEntryKey",
        "ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey", "HubOutboxAcknowledgeKey", "HubOutboxDueKey",
        "HubDueKey",
        "UpsertReminderRowKey", "ReadReminderRowKey", "ReadReminderRowsKey", "ReadRangeRows1Key", "ReadRangeRows2Key",
        "DeleteReminderRowKey", "DeleteReminderRowsKey",
    ];

    /// <summary>The text of the script <paramref name="name"/>.</summary>
    public static string Read(string name)
    {
        using var stream = typeof(DatabaseScripts).Assembly.GetManifestResourceStream($"Hub.Database.{name}")
            ?? throw new InvalidOperationException($"The silo was built without its database script {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
