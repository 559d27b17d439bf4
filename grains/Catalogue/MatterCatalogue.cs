using System.Diagnostics.CodeAnalysis;
using Hub.Calendars;

namespace Hub.Catalogue;

/// <summary>
/// The service catalogue (事项目录): every matter the hub can route, in the version in force today, and the alliances
/// they refer to; and each matter's history. The file's matters are version 1; recorded change sets
/// (<see cref="ICatalogueGrain"/>) add, change, merge and cancel matters without a restart, each change in force from
/// its effective date. Safe to share between threads: readers see one whole state, never half a change set.
/// </summary>
public sealed class MatterCatalogue
{
    private readonly Dictionary<string, Alliance> alliancesByName;
    private readonly CatalogueBook initial;
    private readonly Lock advancing = new();
    private volatile CatalogueBook book;
    private volatile CatalogueView? view;

    private MatterCatalogue(string fileName, List<Alliance> alliances, List<Matter> matters, List<string> entries)
    {
        FileName = fileName;
        Alliances = alliances.AsReadOnly();
        alliancesByName = alliances.ToDictionary(alliance => alliance.Name, StringComparer.Ordinal);
        initial = CatalogueBook.Of(matters, entries);
        book = initial;
    }

    /// <summary>Every matter in force today (neither merged nor cancelled, and in force from today or before), in catalogue order.</summary>
    public IReadOnlyList<Matter> All => Current.Matters;

    /// <summary>Every alliance, in file order.</summary>
    public IReadOnlyList<Alliance> Alliances { get; }

    /// <summary>The number of change sets in force on this silo: the last one's <see cref="CatalogueChangeSet.Seq"/>.</summary>
    public int Seq => book.Seq;

    /// <summary>The clock that says which day it is, and so which versions are in force. Default the system's.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>The name of the file the catalogue was loaded from, for errors found by checks that need other data.</summary>
    internal string FileName { get; }

    /// <summary>The state in force today; a new object whenever a change set is put in force or a day begins.</summary>
    internal CatalogueView Current
    {
        get
        {
            var today = WorkingDays.ChinaDate(Clock.GetUtcNow());
            var current = view;
            if (current is null || !ReferenceEquals(current.Book, book) || current.Date != today)
            {
                current = new CatalogueView(book, today);
                view = current;
            }

            return current;
        }
    }

    /// <summary>Loads and validates the catalogue at <paramref name="path"/>.</summary>
    /// <exception cref="CatalogueException">The file is missing, or an entry is wrong; the message names the entry, the field and what is wrong.</exception>
    public static MatterCatalogue Load(string path)
    {
        var (alliances, matters, entries) = CatalogueReader.Read(path);
        return new MatterCatalogue(Path.GetFileName(path), alliances, matters, entries);
    }

    /// <summary>Loads the catalogue shipped with Hub.Grains, <c>data/matters.json</c> under the application's base directory.</summary>
    public static MatterCatalogue LoadDefault() => Load(Path.Combine(AppContext.BaseDirectory, "data", "matters.json"));

    /// <summary>Finds the matter with <paramref name="code"/> (exact, case-sensitive) in the version in force today; false for a merged or cancelled one.</summary>
    public bool TryGet(string code, [MaybeNullWhen(false)] out Matter matter)
    {
        matter = null;
        return code is not null && Current.Live.TryGetValue(code, out matter);
    }

    /// <summary>
    /// Finds the matter with <paramref name="code"/> as it last stood, merged or cancelled or not: for what a case
    /// submitted under it shows (its name, its materials).
    /// </summary>
    public bool TryGetLatest(string code, [MaybeNullWhen(false)] out Matter matter)
    {
        matter = null;
        if (code is null)
        {
            return false;
        }

        if (Current.Live.TryGetValue(code, out matter))
        {
            return true;
        }

        matter = Current.Retired.GetValueOrDefault(code)?.Matter;
        return matter is not null;
    }

    /// <summary>The merge or cancellation in force that retired <paramref name="code"/>, if one did.</summary>
    public bool TryGetRetirement(string code, [MaybeNullWhen(false)] out MatterRevision retirement)
    {
        retirement = null;
        return code is not null && Current.Retired.TryGetValue(code, out retirement);
    }

    /// <summary>Every version of <paramref name="code"/>, the first first, those not yet in force included; empty for a code never in the catalogue.</summary>
    public IReadOnlyList<MatterRevision> History(string code) =>
        code is not null && book.Revisions.TryGetValue(code, out var revisions) ? revisions : [];

    /// <summary>Finds the alliance named <paramref name="name"/>.</summary>
    public bool TryGetAlliance(string name, [MaybeNullWhen(false)] out Alliance alliance) =>
        alliancesByName.TryGetValue(name, out alliance);

    /// <summary>
    /// Checks <paramref name="changes"/> against the catalogue as the file and <paramref name="recorded"/> (every set
    /// recorded, in order) make it, as the set numbered after them.
    /// </summary>
    /// <returns>The revisions the set makes, one per change, in its order.</returns>
    /// <exception cref="CatalogueChangeException">A change is wrong; the exception names it and its field.</exception>
    public IReadOnlyList<MatterRevision> Check(IReadOnlyList<CatalogueChangeSet> recorded, CatalogueChangeSet changes)
    {
        // This silo's book is the recorded sets over the file when it has all of them; else they are replayed.
        var replayed = book;
        if (replayed.Seq != recorded.Count)
        {
            replayed = initial;
            foreach (var set in recorded)
            {
                replayed = CatalogueChanges.Apply(replayed, set, alliancesByName);
            }
        }

        var after = CatalogueChanges.Apply(replayed, changes, alliancesByName);
        return [.. changes.Changes.Select(c => after.Revisions[c.Code].Last(r => r.Seq == changes.Seq && r.Kind == c.Kind))];
    }

    /// <summary>Puts in force the sets of <paramref name="sets"/> this silo does not have yet, in order; returns the <see cref="Seq"/> now in force.</summary>
    /// <exception cref="CatalogueChangeException">A set does not apply over this silo's catalogue file; those before it are in force.</exception>
    public int Advance(IEnumerable<CatalogueChangeSet> sets)
    {
        lock (advancing)
        {
            foreach (var set in sets.OrderBy(s => s.Seq))
            {
                if (set.Seq == book.Seq + 1)
                {
                    // A set that does not apply throws with the sets before it in force.
                    book = CatalogueChanges.Apply(book, set, alliancesByName);
                }
            }

            return book.Seq;
        }
    }
}
