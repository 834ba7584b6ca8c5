using System.CommandLine;
using System.Globalization;
using InternBot.Core.Answers;
using InternBot.Core.Csv;

namespace InternBot.Cli.Commands;

/// <summary>
/// `internbot answers`: the curated answers the internship office wrote in Teams (answers to questions the notices do
/// not answer, which the bot gives for the same question asked again): list them, correct one, or remove one.
/// </summary>
internal static class AnswersCommand
{
    public static Command Create(CliEnvironment env)
    {
        var database = CommonOptions.Database();
        var shared = CommonOptions.SharedStore();
        var edit = new Option<string?>("--edit") { Description = "The id of the answer to change (as listed); give --en and/or --fr, and --vacancy or --programme to change what it is about." };
        var remove = new Option<string?>("--remove") { Description = "The id of the answer to remove: the bot stops giving it." };
        var english = new Option<string?>("--en") { Description = "With --edit: the answer in English (an empty value removes it)." };
        var french = new Option<string?>("--fr") { Description = "With --edit: the answer in French (an empty value removes it)." };
        var vacancy = new Option<string?>("--vacancy") { Description = "With --edit: the answer is about this vacancy only." };
        var programme = new Option<bool>("--programme") { Description = "With --edit: the answer is about the whole programme (every vacancy)." };
        var format = CommonOptions.TextOrCsv();
        var command = new Command("answers", "List, correct or remove the curated answers the internship office wrote in Teams.")
        {
            database, shared, edit, remove, english, french, vacancy, programme, format, CommonOptions.Vacancies,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var (editId, removeId) = (parsed.GetValue(edit), parsed.GetValue(remove));
            if (editId is not null && removeId is not null)
            {
                await env.Error.WriteLineAsync("error: --edit and --remove go separately: change one answer or remove one.");
                return ExitCodes.BadInput;
            }

            var changes = parsed.GetValue(english) is not null || parsed.GetValue(french) is not null || parsed.GetValue(vacancy) is not null || parsed.GetValue(programme);
            if (changes && editId is null)
            {
                await env.Error.WriteLineAsync("error: --en, --fr, --vacancy and --programme go with --edit <id>.");
                return ExitCodes.BadInput;
            }

            if (parsed.GetValue(vacancy) is not null && parsed.GetValue(programme))
            {
                await env.Error.WriteLineAsync("error: choose --vacancy <slug> or --programme, not both.");
                return ExitCodes.BadInput;
            }

            if (await CommonOptions.OpenStateStoresAsync(parsed, database, shared, env, cancellationToken) is not { } stores)
            {
                return ExitCodes.BadInput;
            }

            var book = new CuratedAnswerBook(stores.Records);
            if (removeId is not null)
            {
                if (!await book.RemoveAsync(removeId, cancellationToken))
                {
                    await env.Error.WriteLineAsync($"error: no curated answer has the id '{removeId}' ('internbot answers' lists them).");
                    return ExitCodes.BadInput;
                }

                await env.Out.WriteLineAsync($"Removed curated answer {removeId}.");
                return ExitCodes.Ok;
            }

            if (editId is not null)
            {
                return await EditAsync(parsed, book, editId, english, french, vacancy, programme, env, cancellationToken);
            }

            var answers = await book.ListAsync(cancellationToken);
            if (parsed.GetValue(format) == "csv")
            {
                await env.Out.WriteAsync(new CsvTable(["id", "created", "vacancy", "question", "answerEn", "answerFr", "source"],
                    answers.Select(a => (IReadOnlyList<string>)[a.Id, a.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.Vacancy ?? "", a.Question, a.AnswerEn ?? "", a.AnswerFr ?? "", a.Source]).ToList()).Write(neutraliseFormulas: true));
                return ExitCodes.Ok;
            }

            if (answers.Count == 0)
            {
                await env.Out.WriteLineAsync("No curated answers yet: they are added when staff answer an escalated question in Teams with \"Add to the bot's answers\".");
                return ExitCodes.Ok;
            }

            foreach (var a in answers)
            {
                await env.Out.WriteLineAsync($"{a.Id}  {a.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}  {a.Vacancy ?? "programme"}  ({a.Source})");
                await env.Out.WriteLineAsync($"  Q:  {a.Question.ReplaceLineEndings(" ")}");
                await env.Out.WriteLineAsync($"  EN: {a.AnswerEn?.ReplaceLineEndings(" ") ?? "-"}");
                await env.Out.WriteLineAsync($"  FR: {a.AnswerFr?.ReplaceLineEndings(" ") ?? "-"}");
            }

            await env.Out.WriteLineAsync($"{answers.Count} curated answer(s).");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<int> EditAsync(ParseResult parsed, CuratedAnswerBook book, string id, Option<string?> english, Option<string?> french, Option<string?> vacancy,
        Option<bool> programme, CliEnvironment env, CancellationToken cancellationToken)
    {
        if (await book.GetAsync(id, cancellationToken) is not { } answer)
        {
            await env.Error.WriteLineAsync($"error: no curated answer has the id '{id}' ('internbot answers' lists them).");
            return ExitCodes.BadInput;
        }

        string? Text(string? given, string? old) => given is null ? old : string.IsNullOrWhiteSpace(given) ? null : given.Trim();
        var changed = answer with { AnswerEn = Text(parsed.GetValue(english), answer.AnswerEn), AnswerFr = Text(parsed.GetValue(french), answer.AnswerFr) };
        if (parsed.GetValue(programme))
        {
            changed = changed with { Vacancy = null };
        }
        else if (parsed.GetValue(vacancy) is { } name)
        {
            if (CommonOptions.LoadCatalogue(parsed, env) is not { } catalogue || CommonOptions.FindVacancy(catalogue, name, env) is not { } found)
            {
                return ExitCodes.BadInput;
            }

            changed = changed with { Vacancy = found.Slug };
        }

        if (changed.AnswerEn is null && changed.AnswerFr is null)
        {
            await env.Error.WriteLineAsync("error: an answer needs English or French text; to stop the bot giving it, use --remove.");
            return ExitCodes.BadInput;
        }

        await book.SaveAsync(changed, cancellationToken);
        await env.Out.WriteLineAsync($"Saved curated answer {id}.");
        return ExitCodes.Ok;
    }
}
