using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using RequestTracker.Data;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Definitions.Laws;

namespace RequestTracker.Definitions;

/// <summary>
/// Resolves the definitions a question is pinned to, by content hash: from the loaded catalog when the
/// file is unchanged, else from the snapshot stored when it was first run. Parsed snapshots are cached.
/// </summary>
internal sealed class DefinitionStore(WorkflowCatalog catalog, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, object> _cache = new(StringComparer.Ordinal);

    public WorkflowCatalog Catalog => catalog;

    /// <summary>
    /// Records every loaded file by hash. A lifecycle whose version exists with other content is refused:
    /// the file changed without a new version, and running questions would silently follow new rules.
    /// </summary>
    public async Task StoreSnapshots(AppDbContext db, CancellationToken ct)
    {
        var known = await db.DefinitionSnapshots.Select(s => new { s.Hash, s.Kind, s.DefinitionId, s.Version }).ToListAsync(ct);
        foreach (var source in catalog.Sources)
        {
            var clash = known.FirstOrDefault(k => k.Kind == "lifecycle" && source.Kind == "lifecycle"
                && k.DefinitionId == source.Id && k.Version == source.Version && k.Hash != source.Hash);
            if (clash is not null)
            {
                throw new InvalidOperationException(
                    $"{source.File}: lifecycle '{source.Id}' version {source.Version} has changed since questions started on it; give it a new version.");
            }

            if (known.All(k => k.Hash != source.Hash))
            {
                db.DefinitionSnapshots.Add(new DefinitionSnapshot
                {
                    Hash = source.Hash,
                    Kind = source.Kind,
                    DefinitionId = source.Id,
                    Version = source.Version,
                    File = source.File,
                    Content = source.Content,
                    StoredAt = clock.GetUtcNow().UtcDateTime,
                });
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (db.Database.CurrentTransaction is null)
        {
            // Another replica stored the same snapshots at the same moment; content-addressed, so equal.
            db.ChangeTracker.Clear();
        }
    }

    public Task<LifecycleDefinition> Lifecycle(string hash, AppDbContext db, CancellationToken ct) =>
        Resolve(hash, db, catalog.Lifecycles.Values.FirstOrDefault(l => l.Hash == hash), (y, h) => LifecycleParser.Parse(y, h), ct);

    public Task<LawDefinition> Law(string hash, AppDbContext db, CancellationToken ct) =>
        Resolve(hash, db, catalog.Laws.Values.FirstOrDefault(l => l.Hash == hash), (y, h) => LawParser.Parse(y, h), ct);

    public Task<WorkCalendar> Calendar(string hash, AppDbContext db, CancellationToken ct) =>
        Resolve(hash, db, catalog.Sources.Any(s => s.Hash == hash) ? catalog.Calendars[catalog.Sources.First(s => s.Hash == hash).Id] : null, (y, _) => CalendarParser.Parse(y), ct);

    public string CalendarHash(string calendarId) => catalog.Sources.First(s => s.Kind == "calendar" && s.Id == calendarId).Hash;

    private async Task<T> Resolve<T>(string hash, AppDbContext db, T? current, Func<YamlNode, string, T?> parse, CancellationToken ct)
        where T : class
    {
        if (current is not null)
        {
            return current;
        }

        if (_cache.TryGetValue(hash, out var cached))
        {
            return (T)cached;
        }

        var snapshot = await db.DefinitionSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.Hash == hash, ct)
            ?? throw new InvalidOperationException($"No definition with hash {hash} is stored; the database and the workflows folder disagree.");
        var errors = new List<DefinitionError>();
        var yaml = YamlNode.Load(snapshot.File, snapshot.Content, errors);
        var parsed = yaml is null ? null : parse(yaml, hash);
        if (parsed is null || errors.Count > 0)
        {
            throw new InvalidOperationException($"The stored definition {snapshot.File} ({hash}) no longer parses: {string.Join("; ", errors)}");
        }

        _cache[hash] = parsed;
        return parsed;
    }
}
