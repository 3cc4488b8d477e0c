using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MimeKit;
using RequestTracker.Mail.Delivery;
using RequestTracker.Mail.Intake;

namespace RequestTracker.Mail;

internal static class MailSetup
{
    /// <summary>Mail settings (checked at start-up), the composer, delivery and intake services; and their workers (hosted).</summary>
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>()
            .BindConfiguration(MailOptions.Section)
            .PostConfigure<IHostEnvironment, IConfiguration>((options, environment, configuration) =>
            {
                var pickup = options.PickupPath ?? Path.Combine(configuration["DataPath"] ?? "App_Data", "mail-pickup");
                options.PickupPath = Path.GetFullPath(Path.Combine(environment.ContentRootPath, pickup));
            })
            .Validate(o => MailboxAddress.TryParse(o.From, out var from) && from.Address.Contains('@', StringComparison.Ordinal), "Mail:From must be an email address, e.g. \"RequestTracker <requests@example.org>\".")
            .Validate(
                o => o.Delivery.LeaseSeconds >= 3 * o.Smtp.TimeoutSeconds,
                "Mail:Delivery:LeaseSeconds must be at least three times Mail:Smtp:TimeoutSeconds: a send must end (or time out) well inside its lease, or another replica could send it too.")
            .Validate(o => o.Digest.HourUtc is >= 0 and <= 23, "Mail:Digest:HourUtc must be an hour from 0 to 23.")
            .Validate(o => o.Delivery.BatchSize is > 0 and <= 1000 && o.Delivery.MaxAttempts > 0 && o.Delivery.RetryBaseSeconds > 0, "Mail:Delivery settings must be positive.")
            .ValidateOnStart();
        services.AddSingleton<MailIdentity>();
        services.AddScoped<MailComposer>();
        services.AddScoped<LetterContext>();
        services.AddScoped<OutboxClaims>();
        services.AddScoped<OutboxDelivery>();
        services.AddScoped<ReplyMatcher>();
        services.AddScoped<IntakeProcessor>();
        services.AddScoped<MailboxLease>();
        services.AddSingleton<DeliveryWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryWorker>());
        services.AddSingleton<ImapIntakeWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ImapIntakeWorker>());
        return services;
    }
}
