using RequestTracker.Access;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RequestTracker.Data;
using RequestTracker.IntegrationTests.Infrastructure;
using RequestTracker.Users;

namespace RequestTracker.IntegrationTests.Hosting;

/// <summary>With DataProtection:CertificatePath the keys are stored encrypted and still sign what they must; a bad path stops the start.</summary>
public sealed class KeyProtectionTests
{
    private const string Password = "a long enough passphrase";

    [Fact]
    public async Task Keys_are_stored_encrypted_and_another_replica_reads_them()
    {
        var folder = Directory.CreateTempSubdirectory("rt-keys-").FullName;
        var pfx = Path.Combine(folder, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=RequestTracker keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pkcs12, "pfx-password"));
        }

        await using var database = new SqliteTestDatabase();
        var settings = new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = pfx,
            ["DataProtection:CertificatePassword"] = "pfx-password",
        };
        string? token;
        await using (var first = new AppHost(database, settings))
        {
            first.StartServer();
            await using (var scope = first.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<CreateUser>().Handle(new CreateUserInput("keys@test.example.org", "K", Roles.Advocate, Password));
            }

            using var anonymous = first.NewClient();
            using var issued = await anonymous.PostJson("/api/auth/token", new { email = "keys@test.example.org", password = Password });
            token = (await issued.Json(HttpStatusCode.OK)).GetProperty("accessToken").GetString();
        }

        // Another replica (or the same after a restart) decrypts the stored key and accepts the token.
        await using var second = new AppHost(database, settings);
        second.StartServer();
        using var client = second.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var listed = await client.GetAsync("/api/requests");

        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        List<string> keys;
        await using (var scope = second.Services.CreateAsyncScope())
        {
            keys = await scope.ServiceProvider.GetRequiredService<AppDbContext>().DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
        }

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedXmlDecryptor", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_certificate_that_cannot_be_read_stops_the_start_naming_the_setting()
    {
        await using var database = new SqliteTestDatabase();
        await using var host = new AppHost(database, new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = "/nonexistent/keys.pfx" });

        var error = Assert.ThrowsAny<Exception>(host.StartServer);

        Assert.Contains("DataProtection:CertificatePath '/nonexistent/keys.pfx' could not be read", error.ToString(), StringComparison.Ordinal);
    }
}
