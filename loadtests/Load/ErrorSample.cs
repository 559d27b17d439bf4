namespace Hub.LoadTests.Load;

/// <summary>The first few distinct errors of a run, to print and report: enough to see what went wrong, never a flood.</summary>
internal sealed class ErrorSample
{
    private const int Limit = 20;
    private readonly List<string> _items = [];

    public IReadOnlyList<string> Items
    {
        get
        {
            lock (_items)
            {
                return [.. _items];
            }
        }
    }

    public void Add(string error)
    {
        lock (_items)
        {
            if (_items.Count < Limit && !_items.Contains(error))
            {
                _items.Add(error);
            }
        }
    }
}
