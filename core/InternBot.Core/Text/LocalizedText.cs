namespace InternBot.Core.Text;

/// <summary>
/// A piece of text in English and, where someone has written it, French. Data files may hold English only
/// (for example a freshly imported notice); <see cref="In"/> then falls back to English and says so through
/// <see cref="HasFrench"/> so callers can mark the fallback.
/// </summary>
public sealed record LocalizedText(string En, string? Fr = null)
{
    public bool HasFrench => !string.IsNullOrWhiteSpace(Fr);

    public string In(Language language) => language == Language.French && HasFrench ? Fr! : En;

    public override string ToString() => En;
}
