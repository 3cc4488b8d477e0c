using System.Text;
using RequestTracker.Runtime;

namespace RequestTracker.Tests.Runtime;

/// <summary>The canonical form and hash as docs/journal-chain.md documents them, byte for byte (the expected hash was computed with Python's hashlib).</summary>
public class JournalChainTests
{
    private static readonly string Previous = string.Concat(Enumerable.Repeat("ab", 32));

    private static JournalEntry Entry() => new()
    {
        RequestId = 7,
        QuestionId = 31,
        ChainSeq = 2,
        At = new DateTime(2026, 11, 28, 11, 25, 23, DateTimeKind.Utc).AddTicks(1_234_567),
        Event = "answered",
        FromState = "awaiting-response",
        ToState = "answered",
        Actor = "user-1",
        Note = "Letter No. 17 — «ответ»",
        Rule = "8-FZ art. 18(6)",
    };

    [Fact]
    public void The_canonical_form_is_one_length_prefixed_line_per_field_with_instants_to_the_microsecond()
    {
        var entry = Entry();
        entry.At = JournalChain.Truncate(entry.At);
        Assert.Equal(
            "request=1:7\nquestion=2:31\nseq=1:2\nat=27:2026-11-28T11:25:23.123456Z\nscheduled=-\nevent=8:answered\nfrom=17:awaiting-response\nto=8:answered\n"
            + "actor=6:user-1\nnote=32:Letter No. 17 — «ответ»\nrule=15:8-FZ art. 18(6)\nprev=64:" + Previous + "\n",
            Encoding.UTF8.GetString(JournalChain.Canonical(entry, Previous)));
        Assert.Equal("0d441fdc339303f1680c4b492aefff0554e6fe8d728c11c03557f3670087b476", JournalChain.Hash(entry, Previous));
    }

    [Fact]
    public void Changing_any_byte_or_the_link_changes_the_hash_and_the_walk_names_the_entry()
    {
        var first = Entry();
        first.ChainSeq = 1;
        first.Hash = JournalChain.Hash(first, null);
        var second = Entry();
        second.Id = 2;
        second.PrevHash = first.Hash;
        second.Hash = JournalChain.Hash(second, first.Hash);

        var intact = new ChainWalk();
        Assert.Null(intact.Step(first));
        Assert.Null(intact.Step(second));

        second.Note = "Letter No. 18 — «ответ»";
        var changed = new ChainWalk();
        Assert.Null(changed.Step(first));
        var broken = changed.Step(second);
        Assert.Equal(2, broken?.EntryId);
        Assert.Contains("content does not match", broken?.Reason, StringComparison.Ordinal);

        var skipped = new ChainWalk();
        Assert.Contains("was removed", skipped.Step(second)?.Reason, StringComparison.Ordinal);
    }
}
