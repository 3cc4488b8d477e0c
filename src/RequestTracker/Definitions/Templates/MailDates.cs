using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace RequestTracker.Definitions.Templates;

internal static class MailDates
{
    private static readonly LocalDatePattern Pattern = LocalDatePattern.Create("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A day as emails write it ("7 March 2022"), in the given zone.</summary>
    public static string Day(DateTime? at, DateTimeZone zone) => at is { } t ? Pattern.Format(Instant.FromDateTimeUtc(t).InZone(zone).Date) : "not set";
}
