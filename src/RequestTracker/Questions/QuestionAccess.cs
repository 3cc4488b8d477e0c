using RequestTracker.Access;
using RequestTracker.Data;
using RequestTracker.Requests;

namespace RequestTracker.Questions;

/// <summary>A question is visible exactly when its request is (see <see cref="RequestAccess"/>): otherwise 404.</summary>
internal static class QuestionAccess
{
    public static IQueryable<Question> QuestionsVisibleTo(this AppDbContext db, CurrentUser user) =>
        db.Questions.Where(q => db.Set<Request>().VisibleTo(user).Any(r => r.Id == q.RequestId));
}
