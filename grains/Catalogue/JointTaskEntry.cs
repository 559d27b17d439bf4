namespace Hub.Catalogue;

/// <summary>A 多地联办 task as written in the catalogue file, before validation.</summary>
internal sealed class JointTaskEntry
{
    public string? Department { get; set; }

    public JointRegion? At { get; set; }

    public int? Stage { get; set; }

    public string? Name { get; set; }
}
