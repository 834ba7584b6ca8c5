using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Cli.Commands;

/// <summary>`internbot vacancies`: the catalogue, one line per vacancy, with whether it is open now.</summary>
internal static class VacanciesCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create(CliEnvironment env)
    {
        var format = new Option<string>("--format") { Description = "text (default) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("vacancies", "List the vacancy catalogue.") { format };
        command.SetAction(parsed =>
        {
            var catalogue = CommonOptions.LoadCatalogue(parsed, env);
            if (catalogue is null)
            {
                return ExitCodes.BadInput;
            }

            var now = env.Time.GetUtcNow();
            if (parsed.GetValue(format) == "json")
            {
                var rows = catalogue.All.Select(v => new
                {
                    slug = v.Slug,
                    reference = v.Reference,
                    shortName = v.ShortName,
                    title = v.Title.En,
                    campaign = v.Campaign,
                    deadline = v.Deadline.LastMinute.Local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
                    timeZone = v.Deadline.LastMinute.Zone.Id,
                    open = v.Deadline.IsOpenAt(now),
                });
                env.Out.WriteLine(JsonSerializer.Serialize(rows, Indented));
                return ExitCodes.Ok;
            }

            env.Out.WriteLine($"{"SLUG",-6} {"REF",-7} {"SHORT",-6} {"DEADLINE (Brussels)",-21} {"STATUS",-7} TITLE");
            foreach (var v in catalogue.All)
            {
                var deadline = v.Deadline.LastMinute.Local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                var status = v.Deadline.IsOpenAt(now) ? "open" : "closed";
                env.Out.WriteLine($"{v.Slug,-6} {v.Reference ?? "-",-7} {v.ShortName,-6} {deadline,-21} {status,-7} {v.Title.In(Language.English)}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
