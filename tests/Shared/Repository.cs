namespace InternBot.Testing;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repository
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "InternBot.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("InternBot.sln not found above the test output folder.");
        }
    }

    /// <summary>Runs node on a script in the repository; fails clearly when node or the script's packages are missing.</summary>
    public static async Task<string> NodeAsync(string workingFolder, params string[] args)
    {
        var folder = Path.Combine(Root, workingFolder);
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            throw new Xunit.Sdk.XunitException($"{workingFolder}/node_modules is missing: run ./test.sh (it runs 'npm ci --prefix {workingFolder}').");
        }

        var start = new System.Diagnostics.ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = System.Diagnostics.Process.Start(start) ?? throw new Xunit.Sdk.XunitException("node could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        if (process.ExitCode != 0)
        {
            throw new Xunit.Sdk.XunitException($"node {string.Join(' ', args)} exited {process.ExitCode}: {await error}");
        }

        return await output;
    }
}
