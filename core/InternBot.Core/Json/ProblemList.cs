namespace InternBot.Core.Json;

/// <summary>Collects the problems found in one input (a file, a request body, a CSV row).</summary>
internal sealed class ProblemList(string source)
{
    private readonly List<InputProblem> _problems = [];

    public string Source { get; } = source;

    public IReadOnlyList<InputProblem> Items => _problems;

    public bool Any => _problems.Count > 0;

    public void Add(string field, string message, string fix) => _problems.Add(new InputProblem(Source, field, message, fix));
}
