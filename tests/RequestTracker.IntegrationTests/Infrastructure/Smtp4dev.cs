using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Search;
using MimeKit;

namespace RequestTracker.IntegrationTests.Infrastructure;

/// <summary>
/// A real SMTP and IMAP server: smtp4dev, the dotnet tool from .config/dotnet-tools.json, started on free
/// loopback ports with an in-memory store. Recipients containing "reject" are refused with a 5xx reply.
/// It can be stopped and started again on the same ports (an outage), and read back over IMAP.
/// </summary>
public sealed class Smtp4dev : IAsyncDisposable
{
    public const string ImapUser = "rt";
    public const string ImapPassword = "rt-password";

    private readonly double _delaySeconds;
    private Process? _process;
    private readonly List<string> _output = [];

    private Smtp4dev(int smtpPort, int imapPort, double delaySeconds)
    {
        SmtpPort = smtpPort;
        ImapPort = imapPort;
        _delaySeconds = delaySeconds;
    }

    public int SmtpPort { get; }

    public int ImapPort { get; }

    /// <summary>App settings pointing mail at this server (SMTP without TLS, IMAP polling every second).</summary>
    public Dictionary<string, string?> Settings(bool intake = true) => new()
    {
        ["Mail:From"] = "RequestTracker <requests@rt.test>",
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Smtp:Security"] = "None",
        ["Mail:Delivery:IdleSeconds"] = "1",
        ["Mail:Delivery:RetryBaseSeconds"] = "1",
        ["Mail:Imap:Host"] = intake ? "127.0.0.1" : null,
        ["Mail:Imap:Port"] = ImapPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Imap:Security"] = "None",
        ["Mail:Imap:UserName"] = ImapUser,
        ["Mail:Imap:Password"] = ImapPassword,
        ["Mail:Imap:PollSeconds"] = "1",
    };

    /// <param name="delaySeconds">Time the server takes to accept each message, to make a batch slow enough to kill mid-way.</param>
    public static async Task<Smtp4dev> Start(double delaySeconds = 0)
    {
        var server = new Smtp4dev(FreePort(), FreePort(), delaySeconds);
        await server.Resume();
        return server;
    }

    /// <summary>Starts (again) on the same ports; returns once both ports accept connections.</summary>
    public async Task Resume()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = TestWorkflows.RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "tool", "run", "smtp4dev", "--", "--urls=http://127.0.0.1:0", $"--smtpport={SmtpPort}", $"--imapport={ImapPort}", "--pop3port=",
            "--db=", "--nousersettings", "--hostname=localhost", "--messagestokeep=100000", "--bindaddress=127.0.0.1", "--disableipv6",
            $"--user={ImapUser}={ImapPassword}", $"--baseappdatapath={Path.Combine(Path.GetTempPath(), "rt-smtp4dev-" + SmtpPort)}",
        })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ServerOptions__RecipientValidationExpression"] = "!String(recipient).includes('reject')";
        info.Environment["ServerOptions__AuthenticationRequired"] = "false";
        if (_delaySeconds > 0)
        {
            info.Environment["ServerOptions__MessageValidationExpression"] = $"delay({_delaySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
        }

        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, e) => Record(e.Data);
        _process.ErrorDataReceived += (_, e) => Record(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!(Listening(SmtpPort) && Listening(ImapPort)))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException("smtp4dev did not start:\n" + string.Join('\n', Output));
            }

            await Task.Delay(200);
        }
    }

    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToList();
            }
        }
    }

    /// <summary>Kills the server (its in-memory store goes with it), as an outage would.</summary>
    public async Task Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Every readable message in the server's inbox, read over IMAP without marking it (a test may put unreadable bytes there: <see cref="DeliverRaw"/>).</summary>
    public async Task<IReadOnlyList<MimeMessage>> Messages()
    {
        using var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", ImapPort, MailKit.Security.SecureSocketOptions.None);
        await client.AuthenticateAsync(ImapUser, ImapPassword);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var messages = new List<MimeMessage>();
        foreach (var uid in await client.Inbox.SearchAsync(SearchQuery.All))
        {
            try
            {
                messages.Add(await client.Inbox.GetMessageAsync(uid));
            }
            catch (FormatException)
            {
                // Not a message MIME can read: not one the app sent.
            }
        }

        await client.DisconnectAsync(true);
        return messages;
    }

    /// <summary>Waits until a message satisfying <paramref name="match"/> is in the inbox.</summary>
    public async Task<MimeMessage> WaitFor(Func<MimeMessage, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            IReadOnlyList<MimeMessage> messages;
            try
            {
                messages = await Messages();
            }
            catch (SocketException e)
            {
                throw new InvalidOperationException("smtp4dev is not answering:\n" + string.Join('\n', Output.TakeLast(40)), e);
            }

            var found = messages.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("No such message arrived at smtp4dev.");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>Sends a message into the server, as an authority's mail system would.</summary>
    public async Task Deliver(MimeMessage message)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", SmtpPort, MailKit.Security.SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(true);
    }

    /// <summary>
    /// Sends bytes that need not be a valid message (no headers, say) over plain SMTP, as a broken mail system
    /// might: smtp4dev stores them as they came and serves them over IMAP.
    /// </summary>
    public async Task DeliverRaw(string data)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync("127.0.0.1", SmtpPort);
        await using var stream = tcp.GetStream();
        using var reader = new StreamReader(stream, System.Text.Encoding.ASCII);
        await using var writer = new StreamWriter(stream, System.Text.Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        async Task Expect(string code)
        {
            var line = await reader.ReadLineAsync() ?? string.Empty;
            while (line.Length > 3 && line[3] == '-')
            {
                line = await reader.ReadLineAsync() ?? string.Empty;
            }

            Assert.True(line.StartsWith(code, StringComparison.Ordinal), $"SMTP: expected {code}, got '{line}'");
        }

        await Expect("220");
        foreach (var (command, code) in new[] { ("EHLO test", "250"), ("MAIL FROM:<broken@ministry.test>", "250"), ("RCPT TO:<nobody@rt.test>", "250"), ("DATA", "354") })
        {
            await writer.WriteLineAsync(command);
            await Expect(code);
        }

        await writer.WriteAsync(data + "\r\n.\r\n");
        await Expect("250");
        await writer.WriteLineAsync("QUIT");
    }

    public async ValueTask DisposeAsync() => await Stop();

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add(line);
            }
        }
    }
}
