namespace InternBot.Core.Text;

/// <summary>
/// How long a pattern may take on one message. Long enough that a busy machine (a thread paused by the scheduler in
/// the middle of a match) does not fail a turn; short enough to stop a pattern gone wrong on a crafted input.
/// </summary>
public static class Patterns
{
    public const int MatchTimeoutMs = 1000;

    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(MatchTimeoutMs);
}
