namespace RequestTracker.Laws;

internal sealed record LawSummary(string Id, string Name);

/// <summary>
/// The regimes an authority can be placed under. The workflow-runtime issue replaces this list with
/// the definitions loaded from workflows/laws/*.yaml (same ids), which also carry the deadline rules.
/// </summary>
internal static class KnownLaws
{
    public static readonly IReadOnlyList<LawSummary> All =
    [
        new("uk-foia-2000", "United Kingdom: Freedom of Information Act 2000"),
        new("us-foia", "United States: Freedom of Information Act, 5 U.S.C. 552"),
        new("eu-1049-2001", "European Union: Regulation (EC) No 1049/2001"),
        new("ru-8-fz", "Russian Federation: Federal Law No. 8-FZ of 9 February 2009"),
        new("kz-401-v", "Kazakhstan: Law No. 401-V of 16 November 2015 on access to information"),
        new("un-charter-art51", "UN Charter, Article 51: report to the Security Council immediately"),
        new("io-default", "International organisation without an access law (30 calendar days)"),
    ];

    public static bool Exists(string id) => All.Any(l => l.Id == id);
}
