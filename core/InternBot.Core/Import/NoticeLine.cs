namespace InternBot.Core.Import;

/// <summary>One line of a notice after clean-up, with its number in the original file.</summary>
public sealed record NoticeLine(int Number, string Text, bool IsBullet, NoticeSection Section)
{
    public override string ToString() => $"line {Number}: {Text}";
}

/// <summary>The parts of a notice that decide how a line is read.</summary>
public enum NoticeSection
{
    Preamble,
    Description,
    InfoSession,
    Tasks,
    Offer,
    Selection,
    Essential,
    Desirable,
    Competencies,
    Values,
    SpecialNotice,
    Other,
}
