using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Access;
using RequestTracker.Authorities;
using RequestTracker.Requests;
using RequestTracker.Users;

namespace RequestTracker.IntegrationTests.Infrastructure;

/// <summary>Work written through the app's own handlers into a host's database, for tests that look at the database itself.</summary>
internal static class HostSeed
{
    /// <summary>A new advocate and authority (UK law, London), and <paramref name="requests"/> requests of <paramref name="questions"/> questions sent.</summary>
    public static async Task<(CurrentUser Advocate, int AuthorityId)> Requests(IServiceProvider root, int requests, int questions)
    {
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var user = (await services.GetRequiredService<CreateUser>().Handle(new CreateUserInput($"seed-{Guid.NewGuid():N}@test.example.org", "P", Roles.Advocate, "a long enough passphrase"))).Value!;
        var advocate = new CurrentUser(user.Id, false, false);
        var authority = (await services.GetRequiredService<SaveAuthority>().Create(
            new AuthorityInput($"Planned Authority {Guid.NewGuid():N}", "Test", "foi@example.org", "Europe/London", "uk-foia-2000", []), CancellationToken.None)).Value!;
        for (var i = 0; i < requests; i++)
        {
            await using var inner = root.CreateAsyncScope();
            var filed = await inner.ServiceProvider.GetRequiredService<FileRequest>().Handle(
                advocate, new RequestInput(authority.Id, $"Planned {i}", "Body", "", Enumerable.Range(1, questions).Select(q => new QuestionInput(QuestionCategory.Other, $"Q{q}")).ToList()), CancellationToken.None);
            await inner.ServiceProvider.GetRequiredService<SendRequest>().Handle(advocate, filed.Value!.Id, CancellationToken.None);
        }

        return (advocate, authority.Id);
    }
}
