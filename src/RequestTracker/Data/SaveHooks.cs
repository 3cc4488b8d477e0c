using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace RequestTracker.Data;

/// <summary>
/// A save-time rule a feature owns, registered by that feature as a <see cref="Microsoft.EntityFrameworkCore.Diagnostics.ISaveChangesInterceptor"/>
/// (a figure kept in step with the workflows, the journal's hash chain), which may also say that a save it failed
/// can be repeated as it stands: <see cref="AppDbContext"/> then saves again, running every interceptor again first.
/// Data knows this interface, never the features behind it.
/// </summary>
internal interface IRepeatableSave
{
    /// <summary>The database's error is one this rule repairs by being run again (so also an expected one, not logged as an error).</summary>
    bool Repairs(DbException e);
}

internal static class RepeatableSaves
{
    /// <summary>The registered interceptors of a context's options that may ask for a failed save to be made again.</summary>
    public static IRepeatableSave[] Of(IDbContextOptions options) =>
        options.FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<IRepeatableSave>().ToArray() ?? [];

    /// <summary>Whether one of them repairs this failure, as the command fails (the database's error) or as the save does (EF's wrapping of it).</summary>
    public static bool Repair(this IRepeatableSave[] rules, Exception e) => e switch
    {
        DbException db => rules.Any(r => r.Repairs(db)),
        DbUpdateException { InnerException: DbException db } => rules.Any(r => r.Repairs(db)),
        _ => false,
    };
}

