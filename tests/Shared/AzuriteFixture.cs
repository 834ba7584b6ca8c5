namespace InternBot.Testing;

/// <summary>Azurite as an xunit fixture.</summary>
public sealed class Azurite : IAsyncLifetime
{
    private AzuriteProcess? _process;

    public string ConnectionString => _process!.ConnectionString;

    public int TablePort => _process!.TablePort;

    public static string NewPrefix() => AzuriteProcess.NewPrefix();

    public async ValueTask InitializeAsync() => _process = await AzuriteProcess.StartAsync(Repository.Root);

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }
}
