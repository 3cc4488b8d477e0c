namespace RequestTracker.Definitions.Laws;

/// <summary>What a ladder step is, which decides how it reaches its recipient.</summary>
internal enum StepKind
{
    /// <summary>A letter to a body, emailed to its contact (after the advocate's review where the step asks for it).</summary>
    Letter,

    /// <summary>A document the advocate signs and files (a court claim): printable, never emailed to the court.</summary>
    Filing,

    /// <summary>A note to the advocate (what to do next); nothing goes to any body.</summary>
    Note,
}
