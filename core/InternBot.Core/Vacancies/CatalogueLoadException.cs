using InternBot.Core.Json;

namespace InternBot.Core.Vacancies;

/// <summary>The vacancy catalogue could not be loaded; the message lists every problem with its fix.</summary>
public sealed class CatalogueLoadException : Exception
{
    public CatalogueLoadException(string folder, IReadOnlyList<InputProblem> problems)
        : base(Format(folder, problems)) => Problems = problems;

    public CatalogueLoadException()
    {
        Problems = [];
    }

    public CatalogueLoadException(string message)
        : base(message) => Problems = [];

    public CatalogueLoadException(string message, Exception inner)
        : base(message, inner) => Problems = [];

    public IReadOnlyList<InputProblem> Problems { get; }

    private static string Format(string folder, IReadOnlyList<InputProblem> problems) =>
        $"The vacancy catalogue in '{folder}' has {problems.Count} problem(s); nothing was loaded:{Environment.NewLine}" +
        string.Join(Environment.NewLine, problems.Select(p => "  - " + p));
}
