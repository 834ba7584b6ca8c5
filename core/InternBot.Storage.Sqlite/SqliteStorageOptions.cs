namespace InternBot.Storage.Sqlite;

/// <summary>Where the SQLite file lives ("Storage:Sqlite:Path"); by default in the user's local app data.</summary>
public sealed class SqliteStorageOptions
{
    public const string SectionName = "Storage:Sqlite";

    public string Path { get; set; } = DefaultPath;

    public static string DefaultPath => System.IO.Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "InternBot", "internbot.db");
}
