using RequestTracker.Definitions;
using RequestTracker.Web.Pages;

namespace RequestTracker.IntegrationTests.Localization;

/// <summary>How the forms name each action (Words not set up: the English itself).</summary>
public sealed class DisplayTests
{
    [Theory]
    [InlineData(Triggers.Answered, "Answered (document reference)")]
    [InlineData(Triggers.PartiallyAnswered, "Partially answered (document reference and exemption)")]
    [InlineData(Triggers.Refused, "Refused (exemption cited)")]
    [InlineData(Triggers.Reopened, "Reopen (correct a mis-recorded outcome)")]
    [InlineData(Triggers.DeadlinePassed, "Deadline passed")]
    [InlineData(Triggers.ExtensionAnnounced, "Extension announced")]
    public void Each_action_is_named_with_what_it_needs(string trigger, string expected) =>
        // "partially-answered" once fell through to the plain name: its arm was matched against "partially answered".
        Assert.Equal(expected, Display.Trigger(Triggers.Stored(trigger)));
}
