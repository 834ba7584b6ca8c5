using System.CommandLine;
using InternBot.Cli.Commands;

namespace InternBot.Cli;

/// <summary>`internbot`: the staff and admin command line.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliEnvironment env, CancellationToken cancellationToken)
    {
        var root = new RootCommand("InternBot: the NATO HQ internship programme's staff and admin command line.");
        root.Options.Add(CommonOptions.Vacancies);
        root.Subcommands.Add(VacanciesCommand.Create(env));
        root.Subcommands.Add(EligibilityCommand.Create(env));
        root.Subcommands.Add(ImportNoticeCommand.Create(env));
        root.Subcommands.Add(UnansweredCommand.Create(env));
        root.Subcommands.Add(AuditCommand.Create(env));
        root.Subcommands.Add(AnswersCommand.Create(env));
        root.Subcommands.Add(SeedCommand.Create(env));
        root.Subcommands.Add(ProvisionCommand.Create(env));
        root.Subcommands.Add(PackageCommand.Create(env));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await env.Error.WriteLineAsync($"error: {error.Message}");
            }

            await env.Error.WriteLineAsync("Run 'internbot --help' (or 'internbot <command> --help') for usage.");
            return ExitCodes.BadInput;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = env.Out, Error = env.Error }, cancellationToken);
    }
}
