using System.Text;
using MimeKit;
using RequestTracker.Mail;
using RequestTracker.Mail.Delivery;
using RequestTracker.Mail.Intake;

namespace RequestTracker.Tests.Mail;

/// <summary>Signed reply addresses and Message-Ids, delivery status reports, retry backoff.</summary>
public sealed class MailTokensTests
{
    private static readonly MailTokens Tokens = new(Encoding.UTF8.GetBytes("test key"), MailboxAddress.Parse("RT <requests@rt.test>"), "rt.test");

    [Fact]
    public void A_reply_address_leads_back_to_its_request_and_a_forged_one_does_not()
    {
        var address = Tokens.ReplyAddress(42).Address;

        Assert.Matches(@"^requests\+r42\.[a-z2-7]{10}@rt\.test$", address);
        Assert.Equal(42, Tokens.RequestFromAddress(address));
        Assert.Equal(42, Tokens.RequestFromAddress(address.ToUpperInvariant()));
        Assert.Null(Tokens.RequestFromAddress(address.Replace("r42.", "r43.", StringComparison.Ordinal)));
        Assert.Null(Tokens.RequestFromAddress("requests+r42.aaaaaaaaaa@rt.test"));
        Assert.Null(Tokens.RequestFromAddress("requests@rt.test"));
        Assert.Null(new MailTokens(Encoding.UTF8.GetBytes("another key"), MailboxAddress.Parse("requests@rt.test"), "rt.test").RequestFromAddress(address));
    }

    [Fact]
    public void A_message_id_is_the_same_for_every_attempt_and_names_its_outbox_row()
    {
        // Another process with the same key (a restart, another replica) gives a resent email the Message-Id it had;
        // another key gives another one, so a forged id names no row.
        var restarted = new MailTokens(Encoding.UTF8.GetBytes("test key"), MailboxAddress.Parse("RT <requests@rt.test>"), "rt.test");
        Assert.Matches(@"^rt\.7\.[a-z2-7]{8}@rt\.test$", Tokens.MessageId(7));
        Assert.Equal(Tokens.MessageId(7), restarted.MessageId(7));
        Assert.NotEqual(Tokens.MessageId(7), new MailTokens(Encoding.UTF8.GetBytes("another key"), MailboxAddress.Parse("requests@rt.test"), "rt.test").MessageId(7));
        Assert.NotEqual(Tokens.MessageId(7), Tokens.MessageId(8));
        Assert.Equal(7, Tokens.OutboxIdFromMessageId(Tokens.MessageId(7)));
        Assert.Equal(7, Tokens.OutboxIdFromMessageId($"<{Tokens.MessageId(7)}>"));
        Assert.Null(Tokens.OutboxIdFromMessageId("rt.7.aaaaaaaa@rt.test"));
        Assert.Null(Tokens.OutboxIdFromMessageId("CAF=abc@mail.gmail.com"));
        Assert.Null(Tokens.OutboxIdFromMessageId(null));
    }

    [Fact]
    public void A_failed_delivery_report_names_the_email_it_reports_on()
    {
        var status = new MessageDeliveryStatus();
        status.StatusGroups.Add(new HeaderList { { "Reporting-MTA", "dns; mx.example.org" } });
        status.StatusGroups.Add(new HeaderList { { "Final-Recipient", "rfc822; gone@example.org" }, { "Action", "failed" }, { "Status", "5.1.1" } });
        var original = new MimeMessage { MessageId = Tokens.MessageId(9), Subject = "Request" };
        var report = new MultipartReport("delivery-status") { new TextPart("plain") { Text = "Failed." }, status, new MessagePart { Message = original } };
        var bounce = new MimeMessage { Body = report };

        var read = BounceReader.Read(bounce);

        Assert.NotNull(read);
        Assert.Equal(Tokens.MessageId(9), read.OriginalMessageId);
        Assert.Contains("5.1.1", read.Diagnosis, StringComparison.Ordinal);
    }

    [Fact]
    public void A_delayed_delivery_report_and_ordinary_mail_are_not_bounces()
    {
        var status = new MessageDeliveryStatus();
        status.StatusGroups.Add(new HeaderList { { "Reporting-MTA", "dns; mx.example.org" } });
        status.StatusGroups.Add(new HeaderList { { "Final-Recipient", "rfc822; slow@example.org" }, { "Action", "delayed" }, { "Status", "4.4.7" } });
        var delayed = new MimeMessage { Body = new MultipartReport("delivery-status") { new TextPart("plain") { Text = "Still trying." }, status } };

        Assert.Null(BounceReader.Read(delayed));
        Assert.Null(BounceReader.Read(new MimeMessage { Body = new TextPart("plain") { Text = "Hello" } }));
    }

    [Fact]
    public void Retries_back_off_exponentially_with_jitter_up_to_the_maximum()
    {
        var settings = new DeliveryOptions { RetryBaseSeconds = 30, RetryMaxSeconds = 3600 };

        // By hand: 30 s doubling from the first attempt, capped at an hour; each wait within 20 % either side.
        double[] nominal = [30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600, 3600, 3600];
        for (var attempt = 1; attempt <= nominal.Length; attempt++)
        {
            var waits = Enumerable.Range(0, 200).Select(_ => OutboxDelivery.Backoff(attempt, settings).TotalSeconds).ToList();
            Assert.All(waits, w => Assert.InRange(w, nominal[attempt - 1] * 0.8, nominal[attempt - 1] * 1.2));
            // Jittered, so that replicas retrying after one outage do not all come back at once: spread on both
            // sides of the nominal wait (200 uniform draws all on one side: odds 2^-199).
            Assert.Contains(waits, w => w < nominal[attempt - 1]);
            Assert.Contains(waits, w => w > nominal[attempt - 1]);
        }
    }
}
