using RequestTracker.Access;
using RequestTracker.Questions;
using RequestTracker.Web.Hosting;

namespace RequestTracker.Web.Api;

internal static class QuestionApi
{
    public static void MapQuestionApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/questions").WithTags("Questions").RequireAuthorization(ApiPolicies.User);
        group.MapGet("/{id:int}", async (int id, CurrentUser user, GetQuestion get, CancellationToken ct) =>
                (await get.Handle(user, id, ct)).ToHttp())
            .WithSummary("A question's workflow: state, due date and how it was computed, next timer, escalation level, permitted actions; with an outcome, its letter's date and the day it arrived (outcomeLetterDate, outcomeReceivedOn).")
            .ProducesErrors();
        group.MapGet("/{id:int}/journal", async (int id, CurrentUser user, ReadJournal read, CancellationToken ct) =>
                (await read.Handle(user, id, ct)).ToHttp())
            .WithSummary("The question's journal, oldest first.")
            .ProducesErrors();
        group.MapPost("/{id:int}/actions", async (int id, QuestionActionInput body, CurrentUser user, ActOnQuestion act, CancellationToken ct) =>
                (await act.Handle(user, id, body, ct)).ToHttp())
            .WithSummary("Record an action: acknowledged, clarification-asked, clarification-given, extension-announced (extension: amount in the law's unit, required), answered (documentReference required), partially-answered (documentReference and exemption required), refused (exemption required), not-held, escalated, withdrawn, reopened (corrects a mis-recorded outcome; note required). An action recording the authority's letter (acknowledged, clarification-asked, extension-announced, answered, partially-answered, refused, not-held) may give letterDate and receivedOn (YYYY-MM-DD, where the authority is): the appeal window and the authority's figures count from the day it arrived. 409 lists the permitted actions; 422 names the missing or unlawful field.")
            .ProducesErrors();
    }
}
