using InternBot.Core.Text;

namespace InternBot.Core.Answers;

/// <summary>The part of a notice a fact comes from, for "where it comes from".</summary>
public enum NoticePart
{
    Header,
    Description,
    InfoSession,
    DailyWork,
    Offer,
    Selection,
    Competencies,
    Values,
    SpecialNotice,
}

public static class NoticeParts
{
    public static LocalizedText Name(NoticePart part) => part switch
    {
        NoticePart.Header => new("notice header", "en-tête de l'avis"),
        NoticePart.Description => new("description", "description"),
        NoticePart.InfoSession => new("info session", "séance d'information"),
        NoticePart.DailyWork => new("daily work", "travail au quotidien"),
        NoticePart.Offer => new("what we offer", "ce que nous offrons"),
        NoticePart.Selection => new("selection criteria", "critères de sélection"),
        NoticePart.Competencies => new("competencies", "compétences"),
        NoticePart.Values => new("our values", "nos valeurs"),
        _ => new("special notice", "avis spécial"),
    };
}
