namespace InternBot.Storage.Sqlite;

/// <summary>Where the SQLite file lives ("Storage:Sqlite:Path"); by default in the user's local app data.</summary>
public sealed class SqliteStorageOptions
{
    public const string SectionName = "Storage:Sqlite";

    public string Path { get; set; } = DefaultPath;

    /// <summary>Fill an empty applications table with the synthetic data set when the host starts (local development).</summary>
    public bool SeedOnFirstRun { get; set; }

    public static string DefaultPath => System.IO.Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "InternBot", "internbot.db");
}
