namespace InternBot.Core.Json;

/// <summary>
/// One thing wrong with an input: where (file and field path), what is wrong, and how to fix it.
/// </summary>
public sealed record InputProblem(string Source, string Field, string Message, string Fix)
{
    public override string ToString() =>
        Field.Length == 0 ? $"{Source}: {Message} Fix: {Fix}" : $"{Source}: {Field}: {Message} Fix: {Fix}";
}
