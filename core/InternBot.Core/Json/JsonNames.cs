namespace InternBot.Core.Json;

/// <summary>How names are written in the data files: camelCase ("proofOfStudies", "recentGraduate").</summary>
internal static class JsonNames
{
    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    public static string Camel<T>(T value)
        where T : struct, Enum => Camel(value.ToString());
}
