using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using RequestTracker.Authorities;
using RequestTracker.Data;
using RequestTracker.Requests;
using RequestTracker.Runtime;
using RequestTracker.Users;

namespace RequestTracker.Demo;

internal sealed record DemoUser(string Email, string Role, string Password);

/// <summary>
/// Loads the case of shared/SCENARIO.md (CSTO, January 2022) so a new user sees a living system.
/// Idempotent: existing rows are kept. Demo passwords are new random ones at every start, printed
/// once, so a demo never runs with a known password.
/// </summary>
internal sealed class DemoData(AppDbContext db, UserManager<AppUser> users, CreateUser createUser, WorkflowEngine engine, TimeProvider clock)
{
    public async Task<IReadOnlyList<DemoUser>> Load(CancellationToken ct)
    {
        var demoUsers = new List<DemoUser>();
        foreach (var (email, name, role) in DemoCase.Users)
        {
            demoUsers.Add(await EnsureUser(email, name, role));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var fields in DemoCase.Authorities)
        {
            if (!await db.Authorities.AnyAsync(a => a.Name == fields.Name, ct))
            {
                db.Authorities.Add(new Authority(fields, now));
            }
        }

        await db.SaveChangesAsync(ct);
        await LoadRequests(now, ct);
        return demoUsers;
    }

    private async Task LoadRequests(DateTime now, CancellationToken ct)
    {
        var ownerIds = await db.Users.Where(u => DemoCase.Users.Select(d => d.Email).Contains(u.Email!)).Select(u => new { u.Email, u.Id }).ToListAsync(ct);
        if (await db.Requests.AnyAsync(r => ownerIds.Select(o => o.Id).Contains(r.OwnerId), ct))
        {
            return;
        }

        var authorities = await db.Authorities.Include(a => a.EscalationContacts).ToDictionaryAsync(a => a.Name, ct);
        foreach (var demo in DemoCase.Requests)
        {
            var owner = await db.Users.Where(u => u.Email == demo.OwnerEmail).Select(u => new { u.Id, u.DisplayName, u.Email }).SingleAsync(ct);
            var authority = authorities[demo.AuthorityName];
            var content = new RequestContent(authority.Id, demo.Title, demo.Body, demo.LegalBasis, demo.Questions);
            var request = new Request(owner.Id, content, now.AddDays(-demo.FiledDaysAgo));
            db.Requests.Add(request);
            await db.SaveChangesAsync(ct);
            if (demo.SentDaysAgo is not { } sentDaysAgo)
            {
                continue;
            }

            // Replayed through the workflow runtime as if it had happened then; timers already due fire
            // as soon as the worker starts, so the demo opens with escalations in motion.
            var sentAt = now.AddDays(-sentDaysAgo);
            request.MarkSent(sentAt);
            await engine.Start(request.Id, owner.Id, ct, Instant.FromDateTimeUtc(sentAt));
            await db.SaveChangesAsync(ct);
            foreach (var action in demo.Actions.OrderByDescending(a => a.DaysAgo))
            {
                var question = request.Questions.Single(q => q.Position == action.Position);
                var input = new ActionInput(action.Note, action.DocumentReference, action.Exemption, action.Extension);
                var refusal = (await engine.Act([question.Id], action.Action, input, owner.Id, ct, Instant.FromDateTimeUtc(now.AddDays(-action.DaysAgo)))).Refusal;
                if (refusal is not null)
                {
                    throw new InvalidOperationException($"Demo action {action.Action} on {demo.Title} refused: {refusal.Detail}");
                }
            }

            db.ChangeTracker.Clear();
        }
    }

    private async Task<DemoUser> EnsureUser(string email, string name, string role)
    {
        var password = PasswordGenerator.Create();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            var created = await createUser.Handle(new CreateUserInput(email, name, role, password));
            if (created.Value is null)
            {
                throw new InvalidOperationException($"Could not create demo user {email}: {string.Join("; ", created.Errors.SelectMany(e => e.Value))}");
            }
        }
        else
        {
            await users.RemovePasswordAsync(user);
            var reset = await users.AddPasswordAsync(user, password);
            if (!reset.Succeeded)
            {
                throw new InvalidOperationException($"Could not reset demo password of {email}: {string.Join("; ", reset.Errors.Select(e => e.Description))}");
            }
        }

        return new DemoUser(email, role, password);
    }
}
