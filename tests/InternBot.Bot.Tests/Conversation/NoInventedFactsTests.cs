using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InternBot.Bot.Tests.TestKit;
using InternBot.Core.Answers;
using InternBot.Testing;

namespace InternBot.Bot.Tests.Conversation;

/// <summary>
/// A property over generated conversations: whatever is asked, in whatever order, no reply holds a number, date or
/// amount that is not in the catalogue, in what the person said in the conversation, or the clock the bot reads (the date a quick eligibility
/// check is made). Counts of vacancies or list items (up to 13) are allowed: the bot says "Two of the 5 notices".
/// </summary>
public sealed partial class NoInventedFactsTests
{
    private static readonly string[] Fragments =
    [
        "deadline", "grant", "how much", "when", "start", "duration", "hours", "telework", "travel", "clearance", "info session", "tasks",
        "documents", "languages", "which", "latest", "how many", "still open", "and for", "what about", "same for", "is it paid", "reference",
        "NDS", "KM", "JIS", "OCIO", "ICTM", "250772", "the security one", "DIMS", "CPU", "DSP", "NATO Library", "staff centre",
        "I'm {n}", "I am {n} years old", "Swiss", "Italian", "italo-suisse", "I graduated {n} months ago", "I graduated in July {y}", "one year of university",
        "my English is B2", "I only speak German", "can I apply?", "am I eligible?", "housing", "visa", "dress code", "tax", "parking",
        "date limite", "bourse", "combien", "quand", "et pour", "j'ai {n} ans", "je suis belge", "séance d'information", "télétravail",
        "which internship suits me", "I study history", "what does the CPU do", "who is the personal data protection officer", "{n}", "{y}",
        "in total", "over the six months", "per day", "per hour", "per year", "sur une année", "how many days between", "before or after", "au total", "par jour", "combien de jours entre",
        "when does it end", "quand finirait le stage",
        "I'm in New York", "je suis à Tokyo", "UK time", "heure de Montréal",
    ];

    // Before the deadlines (days left), on the day of the info session (hours to it and since it began), on the last day
    // of four (hours and minutes left) and long after them all (how long ago each closed).
    [Theory]
    [InlineData("2025-06-12T09:30:00Z")]
    [InlineData("2025-06-22T19:15:00Z")]
    [InlineData("2025-06-11T09:23:00Z")]
    // (After the session began, "1 hour 29 minutes ago" holds the clock's own minute: the session starts on the hour.)
    [InlineData("2025-06-11T15:29:00Z")]
    [InlineData("2026-11-21T12:00:00Z")]
    public async Task NoReplyStatesANumberTheCatalogueDoesNotHold(string now)
    {
        using var host = BotHost.Anonymous();
        var clock = DateTimeOffset.Parse(now, CultureInfo.InvariantCulture);
        host.Time.FixAt(clock);
        var allowed = CatalogueNumbers();
        foreach (var part in new[] { clock.Day, clock.Month, clock.Year, clock.Hour, clock.Minute, clock.Second, clock.Hour + 2 })
        {
            allowed.Add(part.ToString(CultureInfo.InvariantCulture));
        }

        // "10 days left": calendar days from the clock's date in Brussels to each deadline the data files hold.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels")).DateTime);
        foreach (var deadline in DeadlineDates())
        {
            allowed.Add((deadline.DayNumber - today.DayNumber).ToString(CultureInfo.InvariantCulture));
        }

        // "2 hours 44 minutes left" on the last day: the whole hours and minutes to the end of the deadline's last minute;
        // "21:59 UTC": the deadline's last minute in UTC.
        var brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        foreach (var lastMinute in LocalDates<DateTime>("deadline", local => DateTime.Parse(local, CultureInfo.InvariantCulture)))
        {
            var inUtc = new DateTimeOffset(lastMinute, brussels.GetUtcOffset(lastMinute)).UtcDateTime;
            allowed.UnionWith([inUtc.Hour.ToString(CultureInfo.InvariantCulture), inUtc.Minute.ToString(CultureInfo.InvariantCulture)]);
            var closes = new DateTimeOffset(lastMinute.AddMinutes(1), brussels.GetUtcOffset(lastMinute));
            // (The host's clock runs on from its fixed moment while the test runs: a minute less is allowed too.)
            foreach (var left in new[] { closes - clock, closes - clock - TimeSpan.FromMinutes(1) }.Where(t => t > TimeSpan.Zero && t < TimeSpan.FromDays(1)))
            {
                allowed.UnionWith([((int)left.TotalHours).ToString(CultureInfo.InvariantCulture), left.Minutes.ToString(CultureInfo.InvariantCulture)]);
            }
        }

        // "in 4 hours": the whole hours and minutes to an info session later the same day (a minute less too).
        foreach (var start in LocalDates<DateTime>("infoSession", local => DateTime.Parse(local, CultureInfo.InvariantCulture)))
        {
            var begins = new DateTimeOffset(start, brussels.GetUtcOffset(start));
            // A session still to come is given in UTC too.
            allowed.UnionWith([begins.UtcDateTime.Hour.ToString(CultureInfo.InvariantCulture), begins.UtcDateTime.Minute.ToString(CultureInfo.InvariantCulture)]);
            foreach (var ahead in new[] { begins - clock, begins - clock - TimeSpan.FromMinutes(1) }.Where(t => t > TimeSpan.Zero && t < TimeSpan.FromDays(1)))
            {
                allowed.UnionWith([((int)ahead.TotalHours).ToString(CultureInfo.InvariantCulture), ahead.Minutes.ToString(CultureInfo.InvariantCulture)]);
            }
        }

        // "In New York time (America/New_York): Sunday 22 June 2025, 17:59": each deadline's last minute and each
        // session's start in the local time of a place the asker names (the day too, which may be the next one).
        var moments = LocalDates<DateTime>("deadline", local => DateTime.Parse(local, CultureInfo.InvariantCulture))
            .Concat(LocalDates<DateTime>("infoSession", local => DateTime.Parse(local, CultureInfo.InvariantCulture)))
            .Select(local => new DateTimeOffset(local, brussels.GetUtcOffset(local))).ToList();
        foreach (var zone in LocalTimes.Places.Select(p => p.Zone))
        {
            foreach (var there in moments.Select(m => TimeZoneInfo.ConvertTime(m, zone)))
            {
                allowed.UnionWith(new[] { there.Hour, there.Minute, there.Day, there.Year }.Select(n => n.ToString(CultureInfo.InvariantCulture)));
            }
        }

        // "12 days ago", "17 months ago": how long ago each deadline and info session was, in days and whole months.
        foreach (var day in DeadlineDates().Concat(InfoSessionDates()).Where(d => d < today))
        {
            allowed.Add((today.DayNumber - day.DayNumber).ToString(CultureInfo.InvariantCulture));
            allowed.Add(WholeMonths(day, today).ToString(CultureInfo.InvariantCulture));
        }

        for (var n = 0; n <= 13; n++)
        {
            allowed.Add(n.ToString(CultureInfo.InvariantCulture));
        }

        // "11 days before the deadline", "about 10 months": the days and whole months between any two dates the data hold.
        var dates = DeadlineDates().Concat(InfoSessionDates()).Distinct().ToList();
        foreach (var a in dates)
        {
            foreach (var b in dates.Where(b => b > a))
            {
                allowed.Add((b.DayNumber - a.DayNumber).ToString(CultureInfo.InvariantCulture));
                allowed.Add(WholeMonths(a, b).ToString(CultureInfo.InvariantCulture));
            }
        }

        // "Starting in September 2026, 6 months run until 28 February 2027": the last day after each start period the
        // data hold, counted here as its own oracle (the day before the same date that many months on).
        foreach (var end in InternshipEnds())
        {
            allowed.UnionWith([end.Day.ToString(CultureInfo.InvariantCulture), end.Year.ToString(CultureInfo.InvariantCulture)]);
        }

        // "September 2026 in 3 months": calendar months from the clock's month to each start period the data hold.
        foreach (var start in StartPeriods().Where(s => (s.Year * 12) + s.Month > (today.Year * 12) + today.Month))
        {
            allowed.Add(((start.Year * 12) + start.Month - (today.Year * 12) - today.Month).ToString(CultureInfo.InvariantCulture));
        }

        var random = new Random(20261204);
        var problems = new List<string>();
        for (var conversation = 0; conversation < 250 && problems.Count < 5; conversation++)
        {
            var id = $"a:property-{conversation}";
            var asked = new HashSet<string>(StringComparer.Ordinal);
            for (var turn = 0; turn < 4; turn++)
            {
                var question = string.Join(' ', Enumerable.Range(0, random.Next(1, 5)).Select(_ => Fragments[random.Next(Fragments.Length)]))
                    .Replace("{n}", random.Next(14, 70).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{y}", random.Next(2015, 2030).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                var activity = TestKit.Activities.Message(question, conversation: id, expectReplies: true);
                activity["locale"] = random.Next(3) == 0 ? "fr-FR" : "en-US";
                var body = await BotHost.JsonOf(await host.PostAsync(activity));
                var text = Text(body);
                // Each number the person typed, also when two stand side by side ("2018 2018" is not 2,018,201 and 8).
                asked.UnionWith(Numbers(question).Concat(question.Split(' ').SelectMany(Numbers)));
                // A worked sum ("6 × 1,286.09 = 7,716.54") may state its result when its inputs are allowed and its
                // arithmetic is right; a wrong sum is a problem of its own.
                var worked = new HashSet<string>(allowed, StringComparer.Ordinal) { WeeksAYear };
                worked.UnionWith(asked);
                foreach (var sum in WorkedSums(text))
                {
                    if (sum.Inputs.Any(i => !worked.Contains(i)) || !sum.Correct)
                    {
                        problems.Add($"\"{question}\" -> a sum with an unknown input or wrong arithmetic: {sum.Written}");
                    }
                    else
                    {
                        worked.Add(sum.Result);
                    }
                }

                var invented = Numbers(text).Where(x => !worked.Contains(x)).Distinct().ToList();
                if (invented.Count > 0)
                {
                    problems.Add($"\"{question}\" -> {string.Join(", ", invented)} in: {(text.Length > 300 ? text[..300] : text)}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    // The one constant a worked sum uses: weeks in a year (hours a month = hours a week × 52 ÷ 12).
    private const string WeeksAYear = "52";

    /// <summary>Sums written "a × b ÷ c = d" or "≈ d", evaluated left to right and compared at the result's precision.</summary>
    private static IEnumerable<(string Written, IReadOnlyList<string> Inputs, string Result, bool Correct)> WorkedSums(string text)
    {
        foreach (Match m in WorkedSum().Matches(text.Replace('\u202F', ' ').Replace('\u00A0', ' ')))
        {
            var operands = m.Groups["n"].Captures.Select(c => c.Value).ToList();
            var operators = m.Groups["op"].Captures.Select(c => c.Value).ToList();
            var value = Value(operands[0]);
            for (var i = 0; i < operators.Count; i++)
            {
                value = operators[i] == "×" ? value * Value(operands[i + 1]) : value / Value(operands[i + 1]);
            }

            var result = m.Groups["r"].Value;
            var decimals = result.Contains('.', StringComparison.Ordinal) || (result.Contains(',', StringComparison.Ordinal) && result[(result.LastIndexOf(',') + 1)..].Length != 3)
                ? result.Length - Math.Max(result.LastIndexOf('.'), result.LastIndexOf(',')) - 1
                : 0;
            yield return (m.Value, operands.Select(o => Numbers(o).Single()).ToList(), Numbers(result).Single(), Math.Round(value, decimals) == Value(result));
        }
    }

    /// <summary>"1,286.09" and "1 286,09" are the same amount; "7,716" is seven thousand, "7,6" seven point six.</summary>
    private static decimal Value(string written)
    {
        var s = written.Replace(" ", "", StringComparison.Ordinal);
        if (s.Contains('.', StringComparison.Ordinal))
        {
            s = s.Replace(",", "", StringComparison.Ordinal);
        }
        else if (s.Contains(',', StringComparison.Ordinal))
        {
            s = s[(s.LastIndexOf(',') + 1)..].Length == 3 ? s.Replace(",", "", StringComparison.Ordinal) : s.Replace(',', '.');
        }

        return decimal.Parse(s, CultureInfo.InvariantCulture);
    }

    /// <summary>Every number the data files hold, however it is written there ("2025-06-22T23:59", 1286.09, "25,000").</summary>
    private static HashSet<string> CatalogueNumbers()
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "core", "InternBot.Core", "Data"), "*.json", SearchOption.AllDirectories))
        {
            foreach (var n in Numbers(File.ReadAllText(file)))
            {
                numbers.Add(n);
            }

            // 1286.09 is written 1,286.09 or 1 286,09: the same digits once separators are gone.
            foreach (Match m in Decimal().Matches(File.ReadAllText(file)))
            {
                numbers.Add(m.Value.Replace(".", "", StringComparison.Ordinal));
            }
        }

        return numbers;
    }

    // Worked out here on purpose, not with the app's Formats.WholeMonths: the test is an independent oracle.
    private static int WholeMonths(DateOnly from, DateOnly to) => ((to.Year - from.Year) * 12) + to.Month - from.Month - (to.Day < from.Day ? 1 : 0);

    private static IEnumerable<DateOnly> StartPeriods() =>
        Directory.GetFiles(Path.Combine(Repository.Root, "core", "InternBot.Core", "Data", "vacancies"), "*.json")
            .Select(f => JsonNode.Parse(File.ReadAllText(f))?["offer"]?["startPeriods"]?.AsArray())
            .OfType<JsonArray>()
            .SelectMany(periods => periods.Select(p => DateOnly.ParseExact(p!.GetValue<string>() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)));

    private static IEnumerable<DateOnly> InternshipEnds() =>
        Directory.GetFiles(Path.Combine(Repository.Root, "core", "InternBot.Core", "Data", "vacancies"), "*.json")
            .Select(f => JsonNode.Parse(File.ReadAllText(f))?["offer"])
            .Where(o => o?["durationMonths"] is not null)
            .SelectMany(o => o!["startPeriods"]!.AsArray().Select(p => DateOnly.ParseExact(p!.GetValue<string>() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)
                .AddMonths(o["durationMonths"]!.GetValue<int>()).AddDays(-1)));

    private static IEnumerable<DateOnly> DeadlineDates() => LocalDates("deadline");

    private static IEnumerable<DateOnly> InfoSessionDates() => LocalDates("infoSession");

    private static IEnumerable<DateOnly> LocalDates(string field) =>
        LocalDates(field, local => DateOnly.FromDateTime(DateTime.Parse(local, CultureInfo.InvariantCulture)));

    private static IEnumerable<T> LocalDates<T>(string field, Func<string, T> parse) =>
        Directory.GetFiles(Path.Combine(Repository.Root, "core", "InternBot.Core", "Data", "vacancies"), "*.json")
            .Select(f => JsonNode.Parse(File.ReadAllText(f))?[field]?["local"]?.GetValue<string>())
            .OfType<string>()
            .Select(parse);

    /// <summary>Numbers as runs of digits with their thousands and decimal separators removed, leading zeros dropped.</summary>
    private static IEnumerable<string> Numbers(string text) =>
        Number().Matches(text.Replace('\u202F', ' ').Replace('\u00A0', ' ')).Select(m => Regex.Replace(m.Value, "[^0-9]", "").TrimStart('0') is { Length: > 0 } s ? s : "0");

    private static string Text(JsonElement body)
    {
        var parts = new List<string>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (name, value) in o)
                    {
                        // Only what a person reads; links and button data are addresses, not facts.
                        if (name is "text" or "title" && value is JsonValue v && v.TryGetValue<string>(out var s) && !s.StartsWith("http", StringComparison.Ordinal))
                        {
                            parts.Add(Regex.Replace(s, @"https?://\S+", ""));
                        }
                        else if (name != "data")
                        {
                            Walk(value);
                        }
                    }

                    break;
                case JsonArray a:
                    foreach (var i in a)
                    {
                        Walk(i);
                    }

                    break;
            }
        }

        foreach (var activity in body.GetProperty("activities").EnumerateArray())
        {
            Walk(JsonNode.Parse(activity.GetRawText()));
        }

        return string.Join(" | ", parts);
    }

    [GeneratedRegex(@"\d+(?:[.,' ]\d{3})*(?:[.,]\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<n>\d+(?:[., ]\d{3})*(?:[.,]\d+)?)(?:\s*(?<op>[×÷])\s*(?<n>\d+(?:[., ]\d{3})*(?:[.,]\d+)?))+\s*[=≈]\s*(?<r>\d+(?:[., ]\d{3})*(?:[.,]\d+)?)")]
    private static partial Regex WorkedSum();

    [GeneratedRegex(@"\d+\.\d+")]
    private static partial Regex Decimal();
}
