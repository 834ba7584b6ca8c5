using System.Text.RegularExpressions;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Import;

/// <summary>Info session, documents, policies, units, tasks and the description.</summary>
public sealed partial class NoticeImporter
{
    private InfoSession? InfoSession()
    {
        var lines = _doc.In(NoticeSection.InfoSession).ToList();
        var when = lines.FirstOrDefault(l => TextPatterns.Dates(l.Text).Count > 0);
        if (when is null)
        {
            NotStated("infoSession", lines.Count == 0 ? "the notice announces no info session." : "an info session is announced without a date.");
            return null;
        }

        var date = TextPatterns.Dates(when.Text)[0].Date;
        var notes = new List<string>();
        var time = TextPatterns.Time(TextAfterDate(when.Text));
        if (time is null)
        {
            notes.Add("no time was given; 12:00 was written so a person can correct it");
        }

        var zone = TextPatterns.Zone(when.Text);
        var label = Regex.Match(when.Text, @"\b(CEST|CET|UTC|GMT)\b") is { Success: true } l ? l.Value : null;
        var zoneId = zone?.ZoneId ?? "Europe/Brussels";
        if (zone is null)
        {
            notes.Add("no time zone was given; Brussels time was assumed");
        }

        var local = date.ToDateTime(time ?? new TimeOnly(12, 0));
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        if (label == "CET" && tz.IsDaylightSavingTime(local) && zoneId == "Europe/Brussels")
        {
            notes.Add("the notice writes CET, but Brussels is on summer time (CEST, UTC+2) that day; the time was kept as Brussels local time");
        }

        var url = lines.Select(x => UrlPattern().Match(x.Text)).FirstOrDefault(m => m.Success);
        Report("infoSession", time is null || zone is null ? FieldStatus.Doubtful : FieldStatus.Found, $"{local:yyyy-MM-dd HH:mm} {zoneId}", lines, string.Join("; ", notes) + (notes.Count > 0 ? "." : ""));
        if (url is null)
        {
            NotStated("infoSession.registrationUrl", "the notice asks people to register but gives no link.");
        }
        else
        {
            Found("infoSession.registrationUrl", url.Value, lines.Where(x => x.Text.Contains(url.Value, StringComparison.Ordinal)));
        }

        var webinar = lines.Any(x => x.Text.Contains("webinar", StringComparison.OrdinalIgnoreCase));
        return new InfoSession(new ZonedDateTime(local, tz))
        {
            ZoneLabelInNotice = label,
            RegistrationUrl = url is null ? null : new Uri(url.Value),
            Description = webinar ? CanonicalTexts.Webinar : null,
        };
    }

    private DocumentRequirements? Documents()
    {
        var lines = _doc.In(NoticeSection.SpecialNotice).Concat(_doc.In(NoticeSection.Other)).ToList();
        var required = new List<RequiredDocument>();
        var used = new List<NoticeLine>();
        void Add(DocumentType type, LocalizedText text, NoticeLine line)
        {
            if (required.All(r => r.Type != type))
            {
                required.Add(new RequiredDocument(type, text));
                used.Add(line);
            }
        }

        foreach (var line in lines)
        {
            if (Regex.IsMatch(line.Text, @"cop(?:y|ies)\s+of\s+(?:your\s+)?(?:university\s+)?(?:qualification|diploma|degree)", RegexOptions.IgnoreCase))
            {
                Add(DocumentType.Qualification, CanonicalTexts.Qualification, line);
            }

            if (Regex.IsMatch(line.Text, @"proof\s+of\s+(?:ongoing\s+)?stud|enrol(?:l)?ment", RegexOptions.IgnoreCase))
            {
                Add(DocumentType.ProofOfStudies, CanonicalTexts.ProofOfStudies, line);
            }

            if (Regex.IsMatch(line.Text, @"\bCV\b|curriculum\s+vitae|r[eé]sum[eé]", RegexOptions.IgnoreCase) && Regex.IsMatch(line.Text, @"attach|submit|provide|upload", RegexOptions.IgnoreCase))
            {
                Add(DocumentType.Cv, CanonicalTexts.Cv, line);
            }

            if (Regex.IsMatch(line.Text, @"motivation\s+letter|cover(?:ing)?\s+letter|letter\s+of\s+motivation", RegexOptions.IgnoreCase))
            {
                Add(DocumentType.MotivationLetter, CanonicalTexts.MotivationLetter, line);
            }
        }

        if (required.Count == 0)
        {
            Missing("documents", "the notice lists no documents to attach.");
            return null;
        }

        var languageLine = lines.FirstOrDefault(l => Regex.IsMatch(l.Text, @"documents?\b.*\b(?:language|English|French)", RegexOptions.IgnoreCase));
        var languages = languageLine is null ? [] : LanguagesIn(languageLine.Text);
        var translation = lines.FirstOrDefault(l => Regex.IsMatch(l.Text, @"self[\s-]?translation|translat", RegexOptions.IgnoreCase));
        if (languageLine is not null)
        {
            used.Add(languageLine);
        }

        Found("documents", string.Join(", ", required.Select(r => Json.JsonNames.Camel(r.Type))) + (languages.Count > 0 ? $" in {string.Join("/", languages)}" : "") + (translation is null ? "" : ", self-translation accepted"), used,
            "recognised; written in the catalogue's own words.");
        return new DocumentRequirements
        {
            Required = required,
            AcceptedLanguages = languages,
            LanguagesPreferred = languageLine is not null && Regex.IsMatch(languageLine.Text, @"\bprefer", RegexOptions.IgnoreCase),
            SelfTranslationAccepted = translation is not null,
        };
    }


    private Policies Policies()
    {
        LocalizedText? Policy(string field, string pattern, LocalizedText text)
        {
            var line = _doc.Lines.FirstOrDefault(l => Regex.IsMatch(l.Text, pattern, RegexOptions.IgnoreCase));
            if (line is null)
            {
                NotStated($"policies.{field}", "the notice does not mention it.");
                return null;
            }

            Found($"policies.{field}", "stated", [line], "recognised; written in the catalogue's own words.");
            return text;
        }

        var encourages = _doc.Lines.FirstOrDefault(l => Regex.IsMatch(l.Text, @"encourages?\s+women", RegexOptions.IgnoreCase));
        var disability = encourages is not null && Regex.IsMatch(encourages.Text[encourages.Text.IndexOf("encourage", StringComparison.OrdinalIgnoreCase)..], @"disabilit", RegexOptions.IgnoreCase);
        return new Policies
        {
            GenerativeAi = Policy("generativeAi", @"generative\s+artificial|generative\s+AI|\bChat\s*GPT\b", CanonicalTexts.GenerativeAi),
            Enquiries = Policy("enquiries", @"(?:telephone|phone|e-?mail)\s+(?:or\s+e-?mail\s+)?enquir", CanonicalTexts.Enquiries),
            UpdatesAfterDeadline = Policy("updatesAfterDeadline", @"cannot\s+be\s+(?:updated|modified|changed)\s+after", CanonicalTexts.UpdatesAfterDeadline),
            CandidatePool = Policy("candidatePool", @"pool\s+of\s+candidates|candidate\s+pool|reserve\s+list", CanonicalTexts.CandidatePool),
            ReasonableAccommodation = Policy("reasonableAccommodation", @"reasonable\s+accommodation", CanonicalTexts.ReasonableAccommodation),
            Diversity = Policy("diversity", @"diversity\s+and\s+inclusion|equal\s+opportunit", CanonicalTexts.Diversity(disability)),
            Integrity = Policy("integrity", @"building\s+integrity", CanonicalTexts.Integrity),
            Accuracy = Policy("accuracy", @"complete\s+and\s+accurate", CanonicalTexts.Accuracy),
            MoreInformation = Policy("moreInformation", @"read\s+more\s+about|more\s+information\s+about\s+the\s+internship", CanonicalTexts.MoreInformation),
        };
    }

    private List<OrganisationalUnit> Units(string shortName)
    {
        var units = new List<OrganisationalUnit>();
        foreach (var line in _doc.Lines.Where(l => l.Section is NoticeSection.Preamble or NoticeSection.Description or NoticeSection.Tasks))
        {
            // "Section 1: Digital Strategy and Policy Branch (DSP): does..." or "... (DSI) is an integrated team..."
            if (SectionPattern().Match(line.Text) is { Success: true } s)
            {
                Add(s.Groups[1].Value.Trim(), s.Groups[2].Value, s.Groups[3].Value.TrimStart(':', ' '), line);
                continue;
            }

            foreach (Match m in UnitPattern().Matches(line.Text))
            {
                var name = Regex.Replace(m.Groups[1].Value, @"^(?:(?:the|our|in|within|to|join|of)\s+)+", "", RegexOptions.IgnoreCase).Trim();
                var word = m.Groups[3].Value;
                var abbreviation = m.Groups[2].Value;
                var endsWithUnitWord = Regex.IsMatch(name, UnitWords + "$");
                if (!endsWithUnitWord && word.Length == 0)
                {
                    continue;
                }

                if (abbreviation == shortName && Regex.IsMatch(name + " " + word, @"Division|Directorate|Office\b"))
                {
                    continue; // the recruiting division itself
                }

                var start = m.Index == 0 || line.Text[..m.Index].Trim().Length < 20;
                Add(word.Length > 0 ? $"{name} {word}" : name, abbreviation, start ? line.Text : null, line);
            }
        }

        if (units.Count == 0)
        {
            NotStated("units", "no section, branch, team or unit with an abbreviation was found.");
        }
        else
        {
            Found("units", string.Join(", ", units.Select(u => u.Abbreviation)), _doc.Lines.Where(l => units.Any(u => l.Text.Contains($"({u.Abbreviation})", StringComparison.Ordinal))),
                "unit descriptions are the notice's text: rewrite them in your own words.");
        }

        return units;

        void Add(string name, string abbreviation, string? description, NoticeLine line)
        {
            if (units.All(u => u.Abbreviation != abbreviation))
            {
                units.Add(new OrganisationalUnit(En(name), abbreviation, description is { Length: > 0 } ? En(description) : null));
                if (description is { Length: > 0 })
                {
                    _consumed.Add(line.Number);
                }
            }
        }
    }

    private const string UnitWords = @"\b(?:Section|Branch|Team|Unit|Services?|Cell|Centre|Center|Directorate|Division|Office)";

    private List<LocalizedText> Tasks(out List<LocalizedText> outcomes)
    {
        outcomes = [];
        var tasks = new List<NoticeLine>();
        var outcomeLines = new List<NoticeLine>();
        var inList = false;
        foreach (var line in _doc.Lines)
        {
            if (line.Section != NoticeSection.Tasks && !inList && !line.IsBullet)
            {
                inList = TaskIntroPattern().IsMatch(line.Text) && line.Section is NoticeSection.Description or NoticeSection.Preamble;
                continue;
            }

            if (line.Section != NoticeSection.Tasks)
            {
                if (inList && line.IsBullet)
                {
                    tasks.Add(line);
                    continue;
                }

                inList = false;
                continue;
            }

            if (_doc.Headings.Any(h => h.Line == line) || TaskIntroPattern().IsMatch(line.Text))
            {
                continue;
            }

            if (!line.IsBullet && OutcomePattern().IsMatch(line.Text) && tasks.Count == 0)
            {
                outcomeLines.Add(line);
                continue;
            }

            tasks.Add(line);
        }

        // A task paragraph may end on what the intern learns ("This is an opportunity to learn..."): that part is an outcome.
        var learned = tasks.Where(t => !t.IsBullet)
            .SelectMany(t => Sentences(t.Text).Where(s => LearningSentencePattern().IsMatch(s)).Select(s => (Line: t, Sentence: s)))
            .ToList();
        outcomes.AddRange(learned.Select(x => En(x.Sentence)));
        outcomeLines.AddRange(learned.Select(x => x.Line));

        foreach (var line in outcomeLines.Except(learned.Select(x => x.Line)))
        {
            outcomes.AddRange(Sentences(line.Text).Select(En));
        }

        if (outcomes.Count > 0)
        {
            Found("learningOutcomes", $"{outcomes.Count} statement(s)", outcomeLines, "the notice's text: rewrite it in your own words.");
        }

        if (tasks.Count == 0)
        {
            Missing("tasks", "no list of tasks was found (looked for 'How the daily work will look like', 'You will:', 'The intern will:').");
            return [];
        }

        _consumed.UnionWith(tasks.Concat(outcomeLines).Select(t => t.Number));
        Found("tasks", $"{tasks.Count} task(s)", tasks, "the notice's text: rewrite it in your own words and add French.");
        return tasks.Select(t => En(t.Text.TrimEnd(';', ',', ' '))).ToList();
    }

    private List<LocalizedText> About()
    {
        var lines = _doc.Lines
            .Where(l => l.Section is NoticeSection.Preamble or NoticeSection.Description && !_consumed.Contains(l.Number) && !l.IsBullet && l.Text.Length > 80
                        && _doc.Headings.All(h => h.Line != l))
            .ToList();
        if (lines.Count == 0)
        {
            NotStated("about", "no description of the host organisation was found.");
            return [];
        }

        Found("about", $"{lines.Count} paragraph(s)", lines, "the notice's text: rewrite it in your own words and add French.");
        return lines.Select(l => En(l.Text)).ToList();
    }

    private static IEnumerable<string> Sentences(string text) =>
        Regex.Split(text, @"(?<=[.!?])\s+(?=[A-Z])").Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"https?://\S+[^\s.,;)]")]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"^Section\s+\d+\s*:\s*(.+?)\s*\(([A-Z]{2,6})\)\s*(.*)$")]
    private static partial Regex SectionPattern();

    [GeneratedRegex(@"((?:[A-Z][\w'’&/-]*|and|of|the|for|in|our)(?:\s+(?:[A-Z][\w'’&/-]*|and|of|the|for))*)\s*\(([A-Z]{2,6})\)(?:\s+(Section|Branch|Team|Unit|Services?|Cell|Centre|Center|Directorate|Division))?")]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"(?:you\s+will|the\s+interns?\s+will|expected\s+to|opportunity\s+to|tasks|your\s+role)\s*[:;]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TaskIntroPattern();

    [GeneratedRegex(@"\bwill\s+(?:gain|learn|develop|acquire|have\s+(?:an?\s+)?opportunit)", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomePattern();

    [GeneratedRegex(@"\bopportunity\s+to\s+learn\b|\byou\s+will\s+(?:gain|learn)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LearningSentencePattern();
}
