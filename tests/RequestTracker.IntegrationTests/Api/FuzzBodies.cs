using System.Globalization;
using System.Reflection;
using System.Text;

namespace RequestTracker.IntegrationTests.Api;

/// <summary>A generated body and what it is, in words short enough for a failure message.</summary>
public sealed record FuzzBody(HttpContent? Content, string Description);

/// <summary>
/// Request bodies from a seeded <see cref="Random"/>: mostly nearly right (the fields the endpoint reads, with values
/// that would pass), each wrong in a few ways — a value of another JSON type, text with NUL, a line break or half a
/// surrogate pair, huge text, deep nesting, nulls, unknown fields; a multipart body with a random boundary, odd header
/// lines, names and file names with CR/LF/NUL/unicode, thousands of fields, cut short. JSON is written by hand here, as
/// no serializer writes half a surrogate pair.
/// </summary>
public sealed class FuzzBodies(Random random, Func<string, string?> known)
{
    private static readonly string[] Words = ["documents", "minutes", "ledger", "vote", "Article 18", "Минск", "ответ", "réponse", "請求", "2026"];

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    /// <summary>A JSON body for an endpoint reading <paramref name="shape"/> (null: one that reads no body).</summary>
    public FuzzBody Json(Type? shape)
    {
        if (shape is null && Chance(0.5))
        {
            return new FuzzBody(null, "no body");
        }

        var (text, what) = Chance(0.12) ? Broken() : (Object(shape, 0), "JSON");
        var type = Chance(0.85) ? "application/json" : Pick("", "text/plain", "application/json; charset=utf-16", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "APPLICATION/JSON");
        return new FuzzBody(Content(Encoding.UTF8.GetBytes(text), type), $"{what} as '{type}': {Excerpt(text)}");
    }

    /// <summary>A multipart body for an endpoint whose form has the fields <paramref name="read"/> (and files).</summary>
    public FuzzBody Multipart(IReadOnlyList<string> read)
    {
        var fields = read.Count > 0 ? read : ["text"];
        if (Chance(0.06))
        {
            var form = string.Join('&', Enumerable.Range(0, random.Next(1, 6)).Select(_ => $"{Uri.EscapeDataString(Pick([.. fields]))}={Uri.EscapeDataString(Text(Pick([.. fields])))}"));
            return new FuzzBody(Content(Encoding.UTF8.GetBytes(form), "application/x-www-form-urlencoded"), $"urlencoded: {Excerpt(form)}");
        }

        var boundary = Boundary();
        var newline = Chance(0.08) ? "\n" : "\r\n";
        var body = new MemoryStream();
        void Write(string text) => body.Write(Encoding.UTF8.GetBytes(text));
        var many = Chance(0.04);
        var parts = many ? random.Next(1_100, 5_001) : random.Next(0, 9);
        var described = new List<string>();
        for (var i = 0; i < parts; i++)
        {
            var name = many && i > 8 ? $"f{i}" : Chance(0.85) ? Pick([.. fields, "files", "files"]) : Name();
            var file = name == "files" || Chance(0.05);
            Write($"--{boundary}{newline}");
            Write(Headers(name, file, newline));
            Write(newline);
            if (file)
            {
                body.Write(FileBytes());
            }
            else
            {
                var value = Text(name);
                body.Write(Chance(0.03) ? new byte[] { 0xC3, 0x28, 0xFF } : Encoding.UTF8.GetBytes(value)); // sometimes not UTF-8 at all
                if (i < 8)
                {
                    described.Add($"{name}={Excerpt(value, 40)}");
                }
            }

            Write(newline);
        }

        if (Chance(0.9))
        {
            Write($"--{boundary}--{newline}");
        }

        var bytes = body.ToArray();
        var cut = Chance(0.12) && bytes.Length > 0 ? random.Next(bytes.Length) : bytes.Length;
        var type = Chance(0.85) ? $"multipart/form-data; boundary={(Chance(0.2) ? $"\"{boundary}\"" : boundary)}"
            : Pick("multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=another", $"multipart/mixed; boundary={boundary}", "application/json", string.Empty);
        return new FuzzBody(Content(bytes[..cut], type), $"multipart as '{Excerpt(type, 60)}', {parts} part(s){(cut < bytes.Length ? $", cut at {cut} of {bytes.Length} bytes" : string.Empty)}: {string.Join("; ", described)}");
    }

    private string Object(Type? shape, int depth)
    {
        var fields = new List<string>();
        foreach (var (name, type) in Fields(shape))
        {
            if (!Chance(0.1))
            {
                fields.Add($"{Quote(name)}:{Value(type, name, depth)}");
            }
        }

        while (Chance(0.15))
        {
            fields.Add($"{Quote(Name())}:{Wrong(depth)}"); // a field no endpoint reads
        }

        if (fields.Count > 0 && Chance(0.04))
        {
            fields.Add(fields[0]); // the same field twice
        }

        return "{" + string.Join(',', fields) + "}";
    }

    /// <summary>The fields a body type is made from: a record's constructor parameters, camelCase as the API names them.</summary>
    private static IEnumerable<(string Name, Type Type)> Fields(Type? shape) =>
        shape?.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).MaxBy(c => c.GetParameters().Length)?.GetParameters()
            .Select(p => (char.ToLowerInvariant(p.Name![0]) + p.Name[1..], p.ParameterType)) ?? [];

    private string Value(Type type, string name, int depth)
    {
        if (Chance(0.1))
        {
            return Wrong(depth);
        }

        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string))
        {
            return Quote(Text(name));
        }

        if (t == typeof(bool))
        {
            return Chance(0.5) ? "true" : "false";
        }

        if (t == typeof(int) || t == typeof(long))
        {
            return known(name) is { } id && Chance(0.8) ? id : Pick("0", "1", "2", "3", "-1", "366", "367", "2147483647", "2147483648", "1e400", "1.5", "-0", "99999999999999999999");
        }

        if (t.IsEnum)
        {
            var names = Enum.GetNames(t).Select(n => char.ToLowerInvariant(n[0]) + n[1..]).ToArray();
            return Chance(0.8) ? Quote(Pick(names)) : Pick(Quote($"{Pick(names)}, {Pick(names)}"), Quote(Pick(names).ToUpperInvariant()), "1", Quote("nonsense"), Quote(string.Empty));
        }

        if (t.IsGenericType && t.GetGenericArguments() is [var item] && typeof(System.Collections.IEnumerable).IsAssignableFrom(t))
        {
            var count = Chance(0.05) ? random.Next(50, 400) : random.Next(0, 4);
            return "[" + string.Join(',', Enumerable.Range(0, count).Select(_ => Chance(0.05) ? "null" : Value(item, Singular(name), depth + 1))) + "]";
        }

        return depth > 3 ? "{}" : Object(t, depth + 1);
    }

    /// <summary>A value of some other JSON kind than the field's.</summary>
    private string Wrong(int depth) => random.Next(10) switch
    {
        0 => "null",
        1 => "true",
        2 => Pick("12", "-3.5", "1e999", "0x10"),
        3 => Quote(Text("other")),
        4 => "[]",
        5 => "{}",
        6 => "[1,\"two\",null]",
        7 => depth > 1 ? "null" : Nested(random.Next(10, 80)),
        8 => "\"\\ud800\"",
        _ => Quote(new string('z', random.Next(1_000, 40_000))),
    };

    /// <summary>A body that is not the JSON of any object.</summary>
    private (string Text, string What) Broken() => random.Next(10) switch
    {
        0 => (string.Empty, "empty"),
        1 => ("{", "unclosed"),
        2 => ("{\"title\": \"x\",}", "trailing comma"),
        3 => ("null", "null"),
        4 => ("[]", "array"),
        5 => (Nested(200), "nested 200 deep"),
        6 => ("\uFEFF{}", "byte order mark"),
        7 => ("{\"a\":\"" + new string('x', 300_000) + "\"}", "over 256 KiB"),
        8 => ("/* comment */ {}", "comment"),
        _ => ("{\"" + Name() + "\"", "cut short"),
    };

    private string Nested(int depth) => Chance(0.5) ? new string('[', depth) + new string(']', depth) : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

    /// <summary>Text for a field: a value that would pass (a known one, or words), often made wrong in one way.</summary>
    private string Text(string name)
    {
        var text = known(name) ?? string.Join(' ', Enumerable.Range(0, random.Next(1, 6)).Select(_ => Pick(Words)));
        return !Chance(0.4) ? text : random.Next(20) switch
        {
            0 => text + "\0",
            1 => $"{text}\r\n{text}",
            2 => "\t" + text,
            3 => text + "\u0085",
            4 => text + "\u2028" + text,
            5 => text + "\ud800",
            6 => "\udc00" + text,
            7 => text + " 😀🇺🇦",
            8 => "\u202e" + text,
            9 => new string('x', random.Next(190, 260)),
            10 => new string('y', random.Next(4_000, 25_000)),
            11 => Pick(string.Empty, "   "),
            12 => "someone@example.net",
            13 => "=HYPERLINK(\"http://x\")",
            14 => "<script>alert(1)</script>",
            15 => "'; DROP TABLE \"Requests\"; --",
            16 => "post,fax",
            17 => text + "\u0000" + text,
            18 => "../../etc/passwd",
            _ => text.ToUpperInvariant(),
        };
    }

    private string Name() => random.Next(8) switch
    {
        0 => "x\r\ny",
        1 => "a\0b",
        2 => "имя",
        3 => "with \"quote\"",
        4 => string.Empty,
        5 => new string('n', 300),
        6 => "files[]",
        _ => $"extra{random.Next(100)}",
    };

    private string Boundary()
    {
        const string Allowed = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'()+_,-./:=?";
        var length = Chance(0.05) ? random.Next(71, 120) : random.Next(1, 70);
        return new string([.. Enumerable.Range(0, length).Select(_ => Allowed[random.Next(Allowed.Length)])]);
    }

    private string Headers(string name, bool file, string newline)
    {
        var fileName = Pick("scan.pdf", "Scan.PDF", "photo.png", "a\r\nb.pdf", "nul\0.pdf", "../../x.pdf", "отчёт.pdf", "\"quoted\".pdf", new string('f', 300) + ".pdf", string.Empty, "no-extension");
        return random.Next(12) switch
        {
            0 => $"Content-Type: text/plain{newline}", // no Content-Disposition
            1 => $"this is not a header{newline}",
            2 => $"Content-Disposition: attachment; name=\"{name}\"{newline}",
            3 => $"Content-Disposition: form-data; name={name}{newline}",
            4 => $"Content-Disposition: form-data; name=\"{name}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}{newline}Content-Type: application/pdf{newline}",
            5 => $"Content-Disposition: form-data; name=\"{name}\"{newline}X-Long: {new string('h', random.Next(100, 20_000))}{newline}",
            _ => file
                ? $"Content-Disposition: form-data; name=\"{name}\"; filename=\"{fileName}\"{newline}Content-Type: {Pick("application/pdf", "image/png", "application/octet-stream")}{newline}"
                : $"Content-Disposition: form-data; name=\"{name}\"{newline}",
        };
    }

    private byte[] FileBytes() => random.Next(6) switch
    {
        0 => Pdf,
        1 => Png,
        2 => [],
        3 => [.. Pdf, 0, 0, .. Noise(random.Next(10, 2_000))],
        4 => Noise(random.Next(1, 4_000)),
        _ => Noise(random.Next(50_000, 300_000)),
    };

    private byte[] Noise(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static ByteArrayContent Content(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        if (contentType.Length > 0)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        else
        {
            content.Headers.ContentType = null;
        }

        return content;
    }

    /// <summary>A JSON string literal; everything outside printable ASCII escaped, so half a surrogate pair travels as written.</summary>
    private static string Quote(string text)
    {
        var json = new StringBuilder("\"");
        foreach (var c in text)
        {
            json.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' or > '~' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return json.Append('"').ToString();
    }

    private static string Singular(string name) => name.EndsWith("ies", StringComparison.Ordinal) ? name[..^3] + "y" : name.TrimEnd('s');

    private static string Excerpt(string text, int max = 160) =>
        Quote(text.Length <= max ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..max]}… ({text.Length} chars)"));

    private bool Chance(double p) => random.NextDouble() < p;

    private T Pick<T>(params T[] items) => items[random.Next(items.Length)];
}
