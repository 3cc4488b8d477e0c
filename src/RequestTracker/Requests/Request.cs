namespace RequestTracker.Requests;

internal sealed record QuestionContent(QuestionCategory Category, string Text);

internal sealed record RequestContent(int AuthorityId, string Title, string Body, string LegalBasis, IReadOnlyList<QuestionContent> Questions)
{
    /// <summary>The language the advocate wrote it in, one its authority's law accepts (checked by the caller).</summary>
    public string Language { get; init; } = "en";

    /// <summary>The ladder's complaints and appeals go out without waiting for review (a choice the advocate makes).</summary>
    public bool AutoSend { get; init; }
}

/// <summary>A formal request to one authority, holding several questions. Status changes only through its methods.</summary>
internal sealed class Request
{
    public const int MaxQuestions = 20;

    private Request()
    {
    }

    public Request(string ownerId, RequestContent content, DateTime now, int? batchId = null)
    {
        OwnerId = ownerId;
        BatchId = batchId;
        Status = RequestStatus.Draft;
        CreatedAt = now;
        Apply(content, now);
    }

    public int Id { get; private set; }

    public string OwnerId { get; private set; } = string.Empty;

    public int AuthorityId { get; private set; }

    /// <summary>The batch this request was filed in (the same questions to several authorities), if any.</summary>
    public int? BatchId { get; private set; }

    public Authorities.Authority? Authority { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    public string LegalBasis { get; private set; } = string.Empty;

    /// <summary>The language its letter and questions are written in; every letter about it is written in it too.</summary>
    public string Language { get; private set; } = "en";

    /// <summary>Complaints and appeals of its ladder go out on their own instead of waiting as drafts for review.</summary>
    public bool AutoSend { get; private set; }

    public RequestStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? SentAt { get; private set; }

    public DateTime? WithdrawnAt { get; private set; }

    /// <summary>A request the advocate sent themselves (<see cref="SendingRecord"/>): when it was recorded here, after the fact.</summary>
    public DateTime? SendRecordedAt { get; private set; }

    /// <summary>Optimistic-concurrency token, bumped by every change (same behaviour on every provider).</summary>
    public int Version { get; private set; }

    public List<Question> Questions { get; private set; } = [];

    /// <summary>The request this one continues: its first body passed these questions on to this one's (null for a request filed here).</summary>
    public int? TransferredFromId { get; private set; }

    /// <summary>The day the first body passed it on, where this request's authority is (the transfer notice's date).</summary>
    public DateOnly? TransferredOn { get; private set; }

    /// <summary>The first body passed it on later than its law allows (a complaint in itself; the time runs as the law says regardless).</summary>
    public bool TransferLate { get; private set; }

    public bool CanEdit => Status == RequestStatus.Draft;

    public bool CanWithdraw => Status != RequestStatus.Withdrawn;

    /// <summary>
    /// The request that goes on at <paramref name="authorityId"/> with <paramref name="questions"/> of <paramref name="origin"/>,
    /// which its authority passed on on <paramref name="on"/>: the same owner, words and language; each question keeps the id
    /// of the one it continues. A draft until the engine starts it.
    /// </summary>
    public static Request Transfer(Request origin, int authorityId, IReadOnlyList<Question> questions, DateOnly on, bool late, DateTime now)
    {
        var content = new RequestContent(authorityId, origin.Title, origin.Body, origin.LegalBasis, [])
        {
            Language = origin.Language,
            AutoSend = origin.AutoSend,
        };
        var request = new Request(origin.OwnerId, content, now)
        {
            TransferredFromId = origin.Id,
            TransferredOn = on,
            TransferLate = late,
        };
        request.Questions.AddRange(questions.OrderBy(q => q.Position).Select((q, i) => Question.Continuing(q, i + 1)));
        return request;
    }

    /// <summary>Replaces the draft's content; questions have no workflow yet, so they are replaced whole.</summary>
    public void EditDraft(RequestContent content, DateTime now)
    {
        if (!CanEdit)
        {
            throw new InvalidOperationException($"Request {Id} is {Status}; only a draft can be edited.");
        }

        Apply(content, now);
    }

    /// <summary>Records that the request went to the authority; from then on its text is fixed.</summary>
    public void MarkSent(DateTime sentAt)
    {
        if (Status != RequestStatus.Draft)
        {
            throw new InvalidOperationException($"Request {Id} is {Status}; only a draft can be sent.");
        }

        Status = RequestStatus.Sent;
        SentAt = sentAt;
        UpdatedAt = sentAt;
        Version++;
    }

    /// <summary>Records that the advocate sent it themselves at <paramref name="sentAt"/>, perhaps long before <paramref name="now"/>.</summary>
    public void MarkRecordedSent(DateTime sentAt, DateTime now)
    {
        MarkSent(sentAt);
        SendRecordedAt = now;
        UpdatedAt = now;
    }

    public void Withdraw(DateTime now)
    {
        if (!CanWithdraw)
        {
            throw new InvalidOperationException($"Request {Id} is already withdrawn.");
        }

        Status = RequestStatus.Withdrawn;
        WithdrawnAt = now;
        UpdatedAt = now;
        Version++;
    }

    private void Apply(RequestContent content, DateTime now)
    {
        AuthorityId = content.AuthorityId;
        Title = content.Title;
        Body = content.Body;
        LegalBasis = content.LegalBasis;
        Language = content.Language;
        AutoSend = content.AutoSend;
        Questions.Clear();
        Questions.AddRange(content.Questions.Select((q, i) => new Question(i + 1, q.Category, q.Text)));
        UpdatedAt = now;
        Version++;
    }
}
