using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using RequestTracker.Definitions;
using RequestTracker.Definitions.Calendars;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.Runtime;
using RequestTracker.Web.Localization;
using RequestTracker.Web.Pages;

namespace RequestTracker.IntegrationTests.Localization;

/// <summary>
/// "How this date was computed" on a Russian page, told again from the stored facts: the expected texts are typed by
/// hand from the law, its calendar and the government's decrees, not produced by the code under test.
/// </summary>
public sealed class DeadlineTextTests
{
    private static readonly Lazy<WorkflowCatalog> Catalog = new(() =>
    {
        var (catalog, errors) = WorkflowLoader.Load(Path.Combine(TestWorkflows.RepositoryRoot(), "workflows"));
        var loaded = catalog ?? throw new InvalidOperationException(string.Join("\n", errors));
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        Words.Use(factory, loaded);
        return loaded;
    });

    [Fact]
    public void A_Kazakh_deadline_on_Nauryz_rolls_past_the_holidays_and_their_substitutes_named_in_Russian()
    {
        // Received Friday 6 March 2026; day 15 is Saturday 21 March, Nauryz. Nauryz is 21–23 March; its Saturday and
        // Sunday give substitute days off on Tuesday 24 and Wednesday 25, so the last day is Thursday 26 March.
        var text = Russian("kz-401-v", new LocalDateTime(2026, 3, 6, 10, 0));

        Assert.Equal(
            "15 календарных дней с 6 марта 2026 г. (Asia/Almaty, календарь «Республика Казахстан»): день 0 — 6 марта 2026 г., " +
            "день 1 — 7 марта 2026 г.; не считаются: с 21 марта 2026 г. по 23 марта 2026 г. (Наурыз мейрамы), " +
            "с 24 марта 2026 г. по 25 марта 2026 г. (Наурыз мейрамы, перенос выходного дня); последний день, 21 марта 2026 г., нерабочий, поэтому срок " +
            "переносится на ближайший следующий рабочий день; срок истекает в конце дня 26 марта 2026 г. Предварительно: " +
            "календарь «Республика Казахстан» подтверждён не на все годы, в которые приходится срок. Срок установлен ст. 11 " +
            "Закона Республики Казахстан от 16 ноября 2015 года № 401-V «О доступе к информации».",
            text);
    }

    [Fact]
    public void A_Russian_deadline_from_registration_over_the_New_Year_names_the_decrees_and_the_Civil_Code()
    {
        // Received Friday 28 November 2025. Registration within 3 days: by Monday 1 December. Registered on arrival, day 30
        // is Sunday 28 December, so Monday 29 December. Registered on 1 December, day 30 is Wednesday 31 December, a day
        // off moved from 5 January by the 2025 decree (No. 1335); 1–8 January are holidays, 9 January a day off moved from
        // 3 January by the decree for 2026, 10–11 January a weekend: the last day is Monday 12 January 2026.
        var text = Russian("ru-8-fz", new LocalDateTime(2025, 11, 28, 12, 0));

        Assert.Equal(
            "Срок считается со дня регистрации запроса, а зарегистрировать его должны в течение 3 календарных дней со дня " +
            "получения (не позднее 1 декабря 2025 г.). Если запрос зарегистрирован в день получения, срок истекает в конце дня " +
            "29 декабря 2025 г.; если в последний допустимый день — 30 календарных дней с 1 декабря 2025 г. (Europe/Moscow, " +
            "календарь «Российская Федерация»): день 0 — 1 декабря 2025 г., день 1 — 2 декабря 2025 г.; не считаются: " +
            "2 выходных дня, 31 декабря 2025 г. (выходной день, перенесённый с 5 января (постановление Правительства № 1335)), " +
            "с 1 января 2026 г. по 6 января 2026 г. (новогодние каникулы), " +
            "7 января 2026 г. (Рождество Христово), 8 января 2026 г. (новогодние каникулы), 9 января 2026 г. (выходной день, " +
            "перенесённый с 3 января (постановление Правительства от 24 сентября 2025 г.)); последний день, 31 декабря 2025 г., " +
            "нерабочий, поэтому срок переносится на ближайший следующий рабочий день; срок истекает в конце дня 12 января 2026 г. " +
            "Обжалование начинается только после этой, более поздней даты. Срок установлен ст. 18 Федерального закона от " +
            "9 февраля 2009 г. № 8-ФЗ «Об обеспечении доступа к информации о деятельности государственных органов и органов " +
            "местного самоуправления». Перенос последнего дня срока с нерабочего дня — по ст. 193 Гражданского кодекса " +
            "Российской Федерации.",
            text);
    }

    [Fact]
    public void An_English_page_shows_the_explanation_stored_with_the_deadline_its_calendar_by_name()
    {
        var record = Record("uk-foia-2000", new LocalDateTime(2026, 3, 6, 10, 0), out _);
        var was = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            var shown = DeadlineText.Of(Catalog.Value, "uk-foia-2000", null, record);
            Assert.Equal(record.Explanation, shown.Text);
            Assert.Contains($"(Europe/London; calendar: {Catalog.Value.Calendars["uk"].Name})", shown.Text, StringComparison.Ordinal);
            Assert.Null(shown.Sources);
        }
        finally
        {
            CultureInfo.CurrentUICulture = was;
        }
    }

    private static string Russian(string lawId, LocalDateTime received)
    {
        var record = Record(lawId, received, out var earliest);
        var was = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru");
        try
        {
            var shown = DeadlineText.Of(Catalog.Value, lawId, earliest, record);
            Assert.Null(shown.Sources);
            return shown.Text;
        }
        finally
        {
            CultureInfo.CurrentUICulture = was;
        }
    }

    /// <summary>The deadline as the engine computes and stores it on sending (registration first, where the law has it).</summary>
    private static ComputationRecord Record(string lawId, LocalDateTime received, out string? earliest)
    {
        var law = Catalog.Value.Laws[lawId];
        var calendar = Catalog.Value.Calendars[law.CalendarId];
        var at = received.InZoneLeniently(calendar.Zone).ToInstant();
        var roll = law.LastDayRollsToWorkingDay;
        earliest = null;
        if (law.Registration is not { } registration)
        {
            return ComputationRecord.From(DeadlineCalculator.Add(at, law.Counted, calendar, roll));
        }

        var fromReceipt = DeadlineCalculator.Add(at, law.Counted, calendar, roll);
        earliest = NodaTime.Text.LocalDatePattern.Iso.Format(fromReceipt.DueDate!.Value);
        var registered = DeadlineCalculator.Add(at, registration, calendar, roll);
        return ComputationRecord.From(DeadlineCalculator.After(registered.Due, law.Counted, calendar, roll));
    }
}
