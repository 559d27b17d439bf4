using Hub.Identifiers;
using Npgsql;

namespace Hub.Windows;

/// <summary>The windows of cluster mode in PostgreSQL (<c>HubWindows</c>, installed by <c>db init</c>).</summary>
public sealed class WindowStore(string connectionString)
{
    /// <summary>Adds a window with the hash of its key; false when <paramref name="id"/> is taken (by a revoked window too).</summary>
    public async Task<bool> AddAsync(string id, DivisionCode node, string name, byte[] keyHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "INSERT INTO HubWindows (WindowId, Node, Name, KeyHash) VALUES (@id, @node, @name, @hash) ON CONFLICT (WindowId) DO NOTHING", connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("node", node.ToString());
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("hash", keyHash);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Every window, revoked ones too, by id.</summary>
    public async Task<IReadOnlyList<WindowRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT WindowId, Node, Name, CreatedAt, RevokedAt FROM HubWindows ORDER BY WindowId", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var windows = new List<WindowRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            windows.Add(new WindowRecord(
                reader.GetString(0), DivisionCode.Parse(reader.GetString(1)), reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3), reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return windows;
    }

    /// <summary>Revokes the window <paramref name="id"/>; returns it as it now is, or null when there is no such window.</summary>
    public async Task<WindowRecord?> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var command = new NpgsqlCommand("UPDATE HubWindows SET RevokedAt = now() WHERE WindowId = @id AND RevokedAt IS NULL", connection))
        {
            command.Parameters.AddWithValue("id", id);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return (await ListAsync(cancellationToken)).SingleOrDefault(w => w.Id == id);
    }

    /// <summary>The window whose key has the hash <paramref name="keyHash"/>, unless it was revoked; otherwise null.</summary>
    public async Task<Window?> FindAsync(byte[] keyHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT WindowId, Node, Name FROM HubWindows WHERE KeyHash = @hash AND RevokedAt IS NULL", connection);
        command.Parameters.AddWithValue("hash", keyHash);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new Window(reader.GetString(0), DivisionCode.Parse(reader.GetString(1)), reader.GetString(2))
            : null;
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
