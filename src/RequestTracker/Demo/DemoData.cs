using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RequestTracker.Authorities;
using RequestTracker.Data;
using RequestTracker.Requests;
using RequestTracker.Users;

namespace RequestTracker.Demo;

internal sealed record DemoUser(string Email, string Role, string Password);

/// <summary>
/// Loads the case of shared/SCENARIO.md (CSTO, January 2022) so a new user sees a living system.
/// Idempotent: existing rows are kept. Demo passwords are new random ones at every start, printed
/// once, so a demo never runs with a known password.
/// </summary>
internal sealed class DemoData(AppDbContext db, UserManager<AppUser> users, CreateUser createUser, TimeProvider clock)
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

        var authorityIds = await db.Authorities.ToDictionaryAsync(a => a.Name, a => a.Id, ct);
        foreach (var demo in DemoCase.Requests)
        {
            var owner = ownerIds.Single(o => o.Email == demo.OwnerEmail).Id;
            var content = new RequestContent(authorityIds[demo.AuthorityName], demo.Title, demo.Body, demo.LegalBasis, demo.Questions);
            var request = new Request(owner, content, now.AddDays(-demo.FiledDaysAgo));
            if (demo.SentDaysAgo is { } sentDaysAgo)
            {
                request.MarkSent(now.AddDays(-sentDaysAgo));
            }

            db.Requests.Add(request);
        }

        await db.SaveChangesAsync(ct);
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
