using System.Text.Json;
using RequestTracker.Definitions;

namespace RequestTracker.Tests.Definitions;

/// <summary>The typed vocabulary and its words: one word per member, read back to the same member, and JSON in the words.</summary>
public sealed class VocabularyTests
{
    [Fact]
    public void Every_trigger_has_its_own_word_and_reads_back_from_it()
    {
        var all = Enum.GetValues<Trigger>();
        var words = all.Select(Triggers.Word).ToList();

        Assert.Equal(all.Length, words.Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, t => Assert.Equal(t, Triggers.Parse(Triggers.Word(t))));
        Assert.All(all, t => Assert.Equal(t, Triggers.Stored(Triggers.Word(t))));
        Assert.Contains("partially-answered", words);
        Assert.Contains("step-due", words);
    }

    [Fact]
    public void A_word_of_no_trigger_reads_as_none_and_a_stored_one_is_a_damaged_row()
    {
        Assert.Null(Triggers.Parse("PartiallyAnswered")); // the member's name is not the word
        Assert.Null(Triggers.Parse("partially answered"));
        Assert.Null(Triggers.Parse(null));
        Assert.Throws<InvalidOperationException>(() => Triggers.Stored("limbo"));
    }

    [Fact]
    public void Actions_and_system_triggers_split_the_vocabulary_and_only_actions_come_from_a_form()
    {
        Assert.Empty(Triggers.Actions.Intersect(Triggers.System));
        Assert.Equal(Enum.GetValues<Trigger>().Order(), Triggers.Actions.Concat(Triggers.System).Order());
        Assert.Equal(Trigger.Answered, Triggers.Action("answered"));
        Assert.Null(Triggers.Action("step-due")); // a timer's trigger cannot be recorded by hand
        Assert.Null(Triggers.Action("nonsense"));
        Assert.True(Triggers.IsAction(Trigger.Reopened));
        Assert.False(Triggers.IsAction(Trigger.AuthorityReplied));
    }

    [Fact]
    public void Only_an_authoritys_letter_has_dates_of_record()
    {
        Assert.All(Triggers.Letters, t => Assert.True(Triggers.IsAction(t)));
        Assert.True(Triggers.IsLetter(Trigger.PartiallyAnswered));
        Assert.True(Triggers.IsLetter(Trigger.Acknowledged));
        Assert.False(Triggers.IsLetter(Trigger.Escalated));   // the advocate's own act
        Assert.False(Triggers.IsLetter(Trigger.Reopened));    // a correction
        Assert.False(Triggers.IsLetter(Trigger.ClarificationGiven)); // the advocate's letter, not the authority's
    }

    [Fact]
    public void Json_writes_triggers_and_instants_as_their_words_as_values_and_as_keys()
    {
        var json = JsonSerializer.Serialize(new
        {
            Fires = Trigger.StepDue,
            At = TimerInstant.NextStep,
            On = new Dictionary<Trigger, string> { [Trigger.PartiallyAnswered] = "partially-answered" },
        });

        Assert.Equal("""{"Fires":"step-due","At":"next-step","On":{"partially-answered":"partially-answered"}}""", json);
        Assert.Equal(Trigger.NotHeld, JsonSerializer.Deserialize<Trigger>("\"not-held\""));
        Assert.Equal(Trigger.Refused, Assert.Single(JsonSerializer.Deserialize<Dictionary<Trigger, int>>("""{"refused":1}""")!).Key);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Trigger>("\"NotHeld\""));
    }

    [Fact]
    public void A_list_of_triggers_in_a_message_is_their_words_in_order()
    {
        Assert.Equal("answered, not-held, refused", Triggers.List([Trigger.Refused, Trigger.Answered, Trigger.NotHeld]));
    }

    [Fact]
    public void Every_state_category_has_its_own_word_and_the_waiting_and_outcome_ones_split_them()
    {
        Assert.Equal(Enum.GetValues<StateCategory>(), Categories.All.Order());
        Assert.All(Categories.All, c => Assert.Equal(c, Categories.Stored(Categories.Word(c))));
        Assert.Equal("open, paused, escalated, answered, partial, refused, closed", Categories.List());
        Assert.Null(Categories.Parse("Partial"));
        Assert.Throws<InvalidOperationException>(() => Categories.Stored("overdue")); // a timeliness, not a category
        Assert.Equal([StateCategory.Open, StateCategory.Paused, StateCategory.Escalated], Categories.All.Where(Categories.Waiting));
        Assert.All(Categories.All, c => Assert.NotEqual(Categories.Waiting(c), Categories.Outcome(c)));
        Assert.Equal("""{"partial":2}""", JsonSerializer.Serialize(new Dictionary<StateCategory, int> { [StateCategory.Partial] = 2 }));
    }
}
