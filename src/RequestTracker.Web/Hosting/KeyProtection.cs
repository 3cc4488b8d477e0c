using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using RequestTracker.Data;

namespace RequestTracker.Web.Hosting;

/// <summary><c>DataProtection</c>: the certificate that encrypts the keys signing cookies and antiforgery tokens.</summary>
internal sealed class KeyProtectionOptions
{
    public const string Section = "DataProtection";

    /// <summary>A PKCS#12 (.pfx) file; when set, every key is stored encrypted to its public key.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }
}

/// <summary>
/// The keys that sign sessions and antiforgery tokens, shared by every replica through the database. With a
/// certificate they are stored encrypted. Without one they are stored as they are, readable by whoever can
/// read the database (who could already read every request): a deliberate default, so the framework's
/// warning at each start is replaced by one line that says so and how to change it.
/// </summary>
internal static partial class KeyProtection
{
    private const string KeyManagerCategory = "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager";

    public static void AddKeyProtection(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(KeyProtectionOptions.Section).Get<KeyProtectionOptions>() ?? new KeyProtectionOptions();
        var protection = builder.Services.AddDataProtection().SetApplicationName("RequestTracker").PersistKeysToDbContext<AppDbContext>();
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            builder.Logging.AddFilter(KeyManagerCategory, LogLevel.Error);
            return;
        }

        try
        {
            // Decrypting with the same certificate, not one looked up in the machine's store: a new replica or a
            // restart reads the keys the others wrote.
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword);
            protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"DataProtection:CertificatePath '{options.CertificatePath}' could not be read as a PKCS#12 certificate: {e.Message}", e);
        }
    }

    /// <summary>Says once at start how the keys are kept.</summary>
    public static void ReportKeyProtection(this WebApplication app)
    {
        var options = app.Configuration.GetSection(KeyProtectionOptions.Section).Get<KeyProtectionOptions>() ?? new KeyProtectionOptions();
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            KeysUnencrypted(app.Logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session and antiforgery keys are kept in the database unencrypted; set DataProtection:CertificatePath (a .pfx) to encrypt them.")]
    private static partial void KeysUnencrypted(ILogger logger);
}
