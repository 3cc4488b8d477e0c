using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RequestTracker.Access;
using RequestTracker.Authorities;
using RequestTracker.Handling;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.Requests;
using RequestTracker.Users;

namespace RequestTracker.IntegrationTests.Mail;

/// <summary>Two replicas' delivery workers on one PostgreSQL database, sending one outbox to one SMTP server.</summary>
public sealed class MailReplicaTests
{
    private const int Emails = 150;

    [Fact]
    public async Task Two_delivery_workers_send_every_email_exactly_once()
    {
        await using var mail = await Smtp4dev.Start();
        await using var database = await PostgresTestDatabase.Create();
        var settings = mail.Settings(intake: false);
        settings["Mail:Delivery:BatchSize"] = "10";
        settings["Mail:Digest:Enabled"] = "false";
        // The outbox is filled first (by an app that does not deliver), then two replicas start on it
        // together: each must take part of it, and no email may go out twice.
        var titles = new List<string>();
        await using (var seeder = new AppHost(database, new Dictionary<string, string?>(settings) { ["Mail:Delivery:Enabled"] = "false" }))
        {
            seeder.StartServer();
            await using var scope = seeder.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var user = (await services.GetRequiredService<CreateUser>().Handle(new CreateUserInput("advocate@test.example.org", "A", Roles.Advocate, "a long enough passphrase"))).Value!;
            var advocate = new CurrentUser(user.Id, false, false);
            var authority = (await services.GetRequiredService<SaveAuthority>().Create(
                new AuthorityInput("Replicated Authority", "Test", "foi@example.org", "Europe/London", "uk-foia-2000", []), CancellationToken.None)).Value!;
            for (var i = 0; i < Emails; i++)
            {
                await using var inner = seeder.Services.CreateAsyncScope();
                var title = $"Replicated {i} {Guid.NewGuid():N}";
                var filed = await inner.ServiceProvider.GetRequiredService<FileRequest>().Handle(
                    advocate, new RequestInput(authority.Id, title, "Body", "", [new QuestionInput(QuestionCategory.Other, "Q")]), CancellationToken.None);
                Assert.Equal(OutcomeKind.Ok, (await inner.ServiceProvider.GetRequiredService<SendRequest>().Handle(advocate, filed.Value!.Id, CancellationToken.None)).Kind);
                titles.Add(title);
            }
        }

        await using var first = new AppHost(database, settings);
        await using var second = new AppHost(database, settings);
        await Task.WhenAll(Task.Run(first.StartServer), Task.Run(second.StartServer)); // both boot at once onto a full outbox
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        try
        {
            await Eventually.True(async () => await Scalar(connection, """SELECT COUNT(*) FROM "Outbox" WHERE "Status" = 'Sent'""") == Emails, "every email sent", TimeSpan.FromMinutes(3));
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException(e.Message + " Outbox now: " + await Describe(connection), e);
        }

        var arrived = (await mail.Messages()).Where(m => titles.Any(m.About)).ToList();
        Assert.Equal(Emails, arrived.Count);
        Assert.Equal(Emails, arrived.Select(m => m.MessageId).Distinct().Count());
        var senders = await Scalar(connection, """SELECT COUNT(DISTINCT split_part("LeaseOwner", '/', 1)) FROM "Outbox" WHERE "Status" = 'Sent'""");
        Assert.Equal(2, senders); // both replicas sent part of the outbox
    }

    /// <summary>Rows by status with their attempts, leases and last errors, for a failure message.</summary>
    private static async Task<string> Describe(NpgsqlConnection connection)
    {
        const string sql = """
            SELECT "Status", COUNT(*), MAX("Attempts"), COUNT("LeaseUntil"), MAX(COALESCE("LastError", ''))
            FROM "Outbox" GROUP BY "Status"
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add($"{reader.GetString(0)}: {reader.GetInt64(1)} rows, max attempts {reader.GetInt32(2)}, leased {reader.GetInt64(3)}, last error '{reader.GetString(4)}'");
        }

        return string.Join("; ", lines);
    }

    private static async Task<long> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
