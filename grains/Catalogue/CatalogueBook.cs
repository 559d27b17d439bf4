namespace Hub.Catalogue;

/// <summary>Every revision of every matter after <see cref="Seq"/> change sets; codes in catalogue order. Never changed once built.</summary>
internal sealed class CatalogueBook(int seq, IReadOnlyList<string> order, IReadOnlyDictionary<string, IReadOnlyList<MatterRevision>> revisions)
{
    public int Seq { get; } = seq;

    public IReadOnlyList<string> Order { get; } = order;

    public IReadOnlyDictionary<string, IReadOnlyList<MatterRevision>> Revisions { get; } = revisions;

    /// <summary>The file's matters, each its version 1.</summary>
    public static CatalogueBook Of(IReadOnlyList<Matter> matters, IReadOnlyList<string> entries)
    {
        var revisions = new Dictionary<string, IReadOnlyList<MatterRevision>>(matters.Count, StringComparer.Ordinal);
        for (var i = 0; i < matters.Count; i++)
        {
            revisions[matters[i].Code] = [new MatterRevision(matters[i].Code, 1, null, default, matters[i], entries[i])];
        }

        return new CatalogueBook(0, [.. matters.Select(m => m.Code)], revisions);
    }
}

/// <summary>A <see cref="CatalogueBook"/> as it stands on one day: the versions in force, and the matters retired.</summary>
internal sealed class CatalogueView
{
    public CatalogueView(CatalogueBook book, DateOnly date)
    {
        Book = book;
        Date = date;
        var matters = new List<Matter>(book.Order.Count);
        foreach (var code in book.Order)
        {
            var revisions = book.Revisions[code];
            MatterRevision? inForce = null;
            for (var i = revisions.Count - 1; i >= 0 && inForce is null; i--)
            {
                if (revisions[i].EffectiveFrom <= date)
                {
                    inForce = revisions[i];
                }
            }

            if (inForce is null)
            {
                continue;
            }

            if (inForce.Retires)
            {
                Retired[code] = inForce;
            }
            else
            {
                matters.Add(inForce.Matter);
                Live[code] = inForce.Matter;
            }
        }

        Matters = matters.AsReadOnly();
    }

    public CatalogueBook Book { get; }

    public DateOnly Date { get; }

    public IReadOnlyList<Matter> Matters { get; }

    public Dictionary<string, Matter> Live { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, MatterRevision> Retired { get; } = new(StringComparer.Ordinal);
}
