using InternBot.Core.Conversations;
using InternBot.Core.Text;
using Microsoft.Data.Sqlite;

namespace InternBot.Storage.Sqlite.Tests;

public sealed class SqliteStoreTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"internbot-sqlite-{Guid.NewGuid():N}", "nested", "bot.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(_path))!, recursive: true);
    }

    private async Task<SqliteDatabase> Database()
    {
        var db = new SqliteDatabase(_path);
        await db.MigrateAsync(TestContext.Current.CancellationToken);
        return db;
    }

    [Fact]
    public async Task MigratingCreatesTheFileAndItsFolderAndIsIdempotent()
    {
        var db = await Database();
        await db.MigrateAsync(TestContext.Current.CancellationToken);
        Assert.True(File.Exists(_path));
    }

    [Fact]
    public async Task AFileFromANewerVersionIsRefusedWithTheFix()
    {
        var db = await Database();
        await using (var c = await db.OpenAsync(TestContext.Current.CancellationToken))
        {
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 99";
            await cmd.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => db.MigrateAsync(TestContext.Current.CancellationToken));
        Assert.Contains("upgrade InternBot", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADamagedRowStartsTheConversationAfreshInsteadOfFailing()
    {
        var db = await Database();
        await using (var c = await db.OpenAsync(TestContext.Current.CancellationToken))
        {
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "INSERT INTO conversation_state VALUES ('a:bad', '{not json', 3, '2026-01-01')";
            await cmd.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var read = await new SqliteConversationStateStore(db, TimeProvider.System).GetAsync("a:bad", TestContext.Current.CancellationToken);
        Assert.Null(read.CurrentVacancy);
    }
}

/// <summary>The state-store contract on SQLite; each "instance" opens its own stores (and memory) over one file.</summary>
public sealed class SqliteStateStoreContractTests : InternBot.Testing.StateStoreContract, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"internbot-contract-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(f);
        }
    }

    protected override async Task<InternBot.Testing.StateStores> OpenAsync()
    {
        var db = new SqliteDatabase(_path);
        await db.MigrateAsync(TestContext.Current.CancellationToken);
        return new(new SqliteConversationStateStore(db, TimeProvider.System), new SqliteUnansweredQuestionStore(db), new SqliteAuditLog(db), new SqliteConversationAddressStore(db), new SqliteRecordStore(db, TimeProvider.System));
    }
}
