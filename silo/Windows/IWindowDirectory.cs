namespace Hub.Windows;

/// <summary>Finds the window a key belongs to: the configured ones in embedded mode, the database's in cluster mode.</summary>
public interface IWindowDirectory
{
    /// <summary>The window presenting <paramref name="key"/>, or null when the key is unknown or its window revoked.</summary>
    ValueTask<Window?> FindAsync(string key, CancellationToken cancellationToken);
}
