using Npgsql;

namespace Hub.Calendars;

/// <summary>The holiday notices of cluster mode in PostgreSQL (<c>HubCalendar</c>, installed by <c>db init</c>): one year file a row.</summary>
public sealed class CalendarStore(string connectionString)
{
    /// <summary>Stores <paramref name="notices"/>, each in place of the one stored for its year, all or none.</summary>
    public async Task SaveAsync(IReadOnlyList<YearNotice> notices, IReadOnlyList<CalendarFile> files, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var notice in notices)
        {
            await using var command = new NpgsqlCommand(
                """
                INSERT INTO HubCalendar (Year, FileName, Content) VALUES (@year, @file, @content)
                ON CONFLICT (Year) DO UPDATE SET FileName = excluded.FileName, Content = excluded.Content, StoredAt = now()
                WHERE HubCalendar.FileName <> excluded.FileName OR HubCalendar.Content <> excluded.Content
                """, connection, transaction);
            command.Parameters.AddWithValue("year", notice.Year);
            command.Parameters.AddWithValue("file", notice.File);
            command.Parameters.AddWithValue("content", files.Single(f => f.Name == notice.File).Content);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Every stored year file, by name.</summary>
    public async Task<IReadOnlyList<CalendarFile>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT FileName, Content FROM HubCalendar ORDER BY FileName", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var files = new List<CalendarFile>();
        while (await reader.ReadAsync(cancellationToken))
        {
            files.Add(new CalendarFile(reader.GetString(0), reader.GetString(1)));
        }

        return files;
    }
}
