using RequestTracker.Access;
using RequestTracker.Correspondence;
using RequestTracker.Definitions.Calendars;
using RequestTracker.Letters;
using RequestTracker.Publishing;
using RequestTracker.Questions;
using RequestTracker.Requests;

namespace RequestTracker.Web.Pages.Requests;

/// <summary>Everything the request page shows, read once per request.</summary>
internal sealed record RequestPageData(
    RequestResponse Item,
    IReadOnlyList<QuestionView> Questions,
    IReadOnlyDictionary<int, IReadOnlyList<JournalView>> Journals,
    IReadOnlyList<CorrespondenceItem> Correspondence,
    IReadOnlyList<LetterView> Letters,
    PublicationView? Publication,
    string Today)
{
    public EmailPreview? Preview { get; init; }

    public string? PreviewError { get; init; }
}

/// <summary>
/// Reads the request page from each feature that owns a part of it — the request, its questions and journals, the
/// correspondence, the letters waiting, the publication, the draft's preview — so the page's handlers each take only
/// the one feature they act on.
/// </summary>
internal sealed class RequestPageReader(
    GetRequest getRequest, GetQuestion getQuestion, ReadJournal readJournal, ReadCorrespondence readCorrespondence,
    ReviewLetter letters, Publish publish, PreviewRequestEmail preview, TimeProvider clock)
{
    public async Task<RequestPageData?> Read(CurrentUser user, int id, CancellationToken ct)
    {
        if ((await getRequest.Handle(user, id, ct)).Value is not { } item)
        {
            return null;
        }

        // Every question and journal of the request in a handful of queries, not a handful per question.
        var questions = await getQuestion.OfRequest(user, id, ct);
        var journals = await readJournal.OfRequest(user, id, ct);
        var correspondence = (await readCorrespondence.Handle(user, id, ct)).Value ?? [];
        // Today where the authority is: the action forms' day of arrival until changed, and the latest they take.
        var zone = LocalDays.Zone(questions.Select(q => q.Zone).FirstOrDefault(z => z is not null));
        var today = NodaTime.Instant.FromDateTimeOffset(clock.GetUtcNow()).InZone(zone).Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var data = new RequestPageData(
            item,
            questions,
            questions.ToDictionary(q => q.Id, q => journals.GetValueOrDefault(q.Id) ?? []),
            correspondence,
            await letters.OfRequest(user, id, ct),
            await publish.Of(id, ct),
            today);
        if (item.Status != RequestStatus.Draft)
        {
            return data;
        }

        var previewed = await preview.Handle(user, id, ct);
        return data with { Preview = previewed.Value, PreviewError = previewed.Detail };
    }
}
