using Microsoft.Data.Sqlite;

namespace InternBot.Storage.Sqlite;

/// <summary>
/// The SQLite file and its schema. The schema is versioned with PRAGMA user_version: each migration runs once,
/// in order, inside a transaction, so an old file is brought up to date and a new one created.
/// </summary>
public sealed class SqliteDatabase(string path) : IDisposable, InternBot.Core.Conversations.IStateStoreProbe
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE conversation_state (
            conversation_key TEXT PRIMARY KEY,
            state_json TEXT NOT NULL,
            version INTEGER NOT NULL,
            updated_at TEXT NOT NULL);
        CREATE TABLE unanswered_question (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            text TEXT NOT NULL,
            language TEXT NOT NULL,
            vacancy TEXT NULL,
            asked_at TEXT NOT NULL);
        CREATE INDEX ix_unanswered_question_asked_at ON unanswered_question(asked_at);
        """,
        """
        CREATE TABLE application (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            candidate_id TEXT NOT NULL, display_name TEXT NOT NULL, email TEXT, vacancy TEXT NOT NULL, campaign TEXT NOT NULL,
            nationalities TEXT, date_of_birth TEXT, enrolled_student INTEGER, years_completed REAL, equivalent_education INTEGER,
            degree_level TEXT, degree_awarded_on TEXT, degree_relevant INTEGER, final_stage_of_masters INTEGER, languages TEXT,
            advanced_it_user INTEGER, prior_experience INTEGER, documents TEXT, submitted_at TEXT, status TEXT NOT NULL,
            supervisors TEXT, notes TEXT, modified TEXT, modified_by TEXT,
            version INTEGER NOT NULL DEFAULT 1,
            change_seq INTEGER NOT NULL);
        CREATE INDEX ix_application_vacancy ON application(vacancy, id);
        CREATE INDEX ix_application_status ON application(status, id);
        CREATE INDEX ix_application_candidate ON application(candidate_id);
        CREATE INDEX ix_application_change ON application(change_seq);
        CREATE TABLE application_deleted (id INTEGER PRIMARY KEY, change_seq INTEGER NOT NULL);
        CREATE TABLE change_counter (value INTEGER NOT NULL);
        INSERT INTO change_counter VALUES (0);
        """,
        """
        CREATE TABLE audit_entry (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, application_id TEXT NULL, detail TEXT NULL);
        CREATE INDEX ix_audit_entry_application ON audit_entry(application_id, at);
        CREATE INDEX ix_audit_entry_at ON audit_entry(at);
        """,
        """
        CREATE TABLE conversation_address (
            conversation_id TEXT PRIMARY KEY,
            service_url TEXT NOT NULL, channel_id TEXT NOT NULL, scope TEXT NOT NULL,
            tenant_id TEXT NULL, bot_id TEXT NULL, team_id TEXT NULL, user_object_id TEXT NULL, updated_at TEXT NOT NULL);
        """,
        """
        CREATE TABLE record (
            kind TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL,
            PRIMARY KEY (kind, id));
        """,
    ];

    public string Path { get; } = path;

    // Busy timeout and foreign keys are connection-string settings, applied as each pooled connection opens.
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 5, ForeignKeys = true,
    }.ToString();

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);

        // WAL (set once, in the file, by MigrateAsync) with synchronous=NORMAL: a commit is not an fsync, and the file
        // cannot be corrupted by a crash (only the last commits before a power cut may be lost). Per connection.
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    // SQLite has one writer at a time; a second one waits in a busy loop (tens of milliseconds). Writers of this process
    // take turns here instead, which costs microseconds.
    private readonly SemaphoreSlim _writes = new(1, 1);

    public void Dispose() => _writes.Dispose();

    /// <summary>
    /// Whether the store can serve: its file is where it was configured (a pooled connection would go on answering
    /// from a deleted file, losing every write) and answers a query.
    /// </summary>
    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            return "the SQLite file is missing";
        }

        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master";
            await command.ExecuteScalarAsync(cancellationToken);
            return null;
        }
        catch (SqliteException e)
        {
            return $"the SQLite file does not answer (error {e.SqliteErrorCode})";
        }
    }

    /// <summary>Runs a write on its own connection, one write of this process at a time.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, Task<T>> write, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            return await write(connection);
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>Creates the file and brings its schema up to date.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var read = connection.CreateCommand();
        read.CommandText = "PRAGMA user_version;";
        var version = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        if (version > Migrations.Length)
        {
            throw new InvalidOperationException($"{Path} has schema version {version}, newer than this InternBot ({Migrations.Length}). Fix: upgrade InternBot, or point Storage:Sqlite:Path at another file.");
        }

        for (var v = version; v < Migrations.Length; v++)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var migrate = connection.CreateCommand();
            migrate.Transaction = transaction;
            migrate.CommandText = Migrations[v] + $"\nPRAGMA user_version = {v + 1};";
            await migrate.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
