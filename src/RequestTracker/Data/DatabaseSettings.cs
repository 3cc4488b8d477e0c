namespace RequestTracker.Data;

/// <summary>The provider and connection string in force, resolved once from configuration.</summary>
internal sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString);
