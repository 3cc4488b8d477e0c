using System.Globalization;
using System.Text;

namespace RequestTracker.Dossiers;

/// <summary>VERIFY.txt and the script it names: how a third party checks a dossier with standard tools.</summary>
internal static class DossierVerify
{
    public static string Instructions(DossierPlan plan, IReadOnlyList<(int RequestId, string? Head)> heads, DateTime now)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            Dossier {plan.Name}: {plan.Title}
            Prepared by RequestTracker on {now:yyyy-MM-dd HH:mm} UTC.

            HOW TO CHECK THIS DOSSIER

            1. Every file is listed in MANIFEST.sha256 with its SHA-256 sum. In the folder where the
               archive was unpacked:

                   sha256sum -c MANIFEST.sha256          (Linux; on macOS: shasum -a 256 -c MANIFEST.sha256)

               Every line must say OK. A file changed, added by hand or replaced fails here.

            2. Each request's journal (RT-N/journal.jsonl) is a hash chain: every entry carries the SHA-256 of
               a canonical form of itself (field by field, length-prefixed; the script shows it exactly), which
               includes the hash of the entry before it. Changing, removing or reordering an entry breaks the
               chain from that entry on. With Python 3 (no extra package):

                   python3 verify_journal.py RT-*/journal.jsonl

               It prints "intact" and the last hash of each chain, or the first entry that does not fit.

            3. The last hash of each chain when this dossier was made is below. Keep this file (or the manifest's
               sum of it) apart from the archive: a later dossier of the same request must continue the same
               chain through these hashes, which shows nothing was removed or rewritten in between.

            4. The emails are the exact bytes stored when they were sent or received (RT-N/emails/*.eml):
               open them in any mail program; their Message-Id and Date headers, and for a sent email the mail
               server's reply quoted in timeline.html, are the proof of sending.

            5. A reply that came by post, fax, hand or the authority's portal was typed in by a person: it has no
               email, and RT-N/replies/reply-ID.txt holds what was recorded (how it came, from whom, the date the
               letter bears, the day it arrived, who typed it in and when, its subject) and its text. Its scans
               are in RT-N/attachments/.

            LAST HASH OF EACH JOURNAL CHAIN

            """);
        foreach (var (requestId, head) in heads)
        {
            text.Append(CultureInfo.InvariantCulture, $"RT-{requestId}: {head ?? "(no entries)"}\n");
        }

        return text.ToString();
    }

    /// <summary>The same check as <c>journal verify</c>, over the exported lines (docs/journal-chain.md describes the form).</summary>
    public const string Script = """
        #!/usr/bin/env python3
        # Checks RequestTracker journal exports (JSON Lines, one file per request): each entry's SHA-256 over its
        # canonical form, and each link to the entry before it. Usage: python3 verify_journal.py RT-*/journal.jsonl
        import hashlib, json, sys

        FIELDS = [("request", "requestId"), ("question", "questionId"), ("seq", "chainSeq"), ("at", "at"),
                  ("scheduled", "scheduledFor"), ("event", "event"), ("from", "fromState"), ("to", "toState"),
                  ("actor", "actor"), ("note", "note"), ("rule", "rule"), ("prev", "prevHash")]

        def canonical(entry):
            out = b""
            for name, key in FIELDS:
                value = entry[key]
                if value is None:
                    out += name.encode() + b"=-\n"
                else:
                    data = str(value).encode("utf-8")
                    out += name.encode() + b"=" + str(len(data)).encode() + b":" + data + b"\n"
            return out

        failed = False
        for path in sys.argv[1:]:
            previous, position = None, 0
            for line in open(path, encoding="utf-8"):
                entry = json.loads(line)
                position += 1
                if entry["chainSeq"] != position or entry["prevHash"] != previous:
                    print(f"{path}: entry {entry['id']} (position {entry['chainSeq']}): its link to the entry before does not match")
                    failed = True
                    break
                if hashlib.sha256(canonical(entry)).hexdigest() != entry["hash"]:
                    print(f"{path}: entry {entry['id']} (position {position}): its content does not match its hash")
                    failed = True
                    break
                previous = entry["hash"]
            else:
                print(f"{path}: intact, {position} entries, last hash {previous}")
        sys.exit(1 if failed else 0)

        """;
}
