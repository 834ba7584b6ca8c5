using System.Text.RegularExpressions;
using InternBot.Core.Eligibility;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;
using static InternBot.Core.Import.ImportText;

namespace InternBot.Core.Import;

/// <summary>Application limit, essential and desirable criteria (as the eligibility engine's kinds), competencies.</summary>
internal sealed partial class SelectionStep(NoticeDocument doc) : ImportStep(doc)
{
    public Step<Selection> Read() => Complete(Selection());

    private Selection Selection()
    {
        return new Selection
        {
            ApplicationLimit = ApplicationLimit(),
            Essential = Criteria(NoticeSection.Essential, "selection.essential", EssentialCriterion),
            Desirable = Criteria(NoticeSection.Desirable, "selection.desirable", DesirableCriterion),
            Competencies = Competencies(),
        };
    }

    private int? ApplicationLimit()
    {
        foreach (var line in Doc.Lines)
        {
            if (LimitPattern().Match(line.Text) is { Success: true } m)
            {
                var word = TextPatterns.WholeNumber(m.Groups[1].Value);
                var digits = m.Groups[2].Success ? TextPatterns.WholeNumber(m.Groups[2].Value) : null;
                if (word is not null && digits is not null && word != digits)
                {
                    Doubtful("selection.applicationLimit", $"{word} or {digits}", [line], "the number in words and in digits disagree; left out.");
                    return null;
                }

                if ((word ?? digits) is { } limit)
                {
                    Found("selection.applicationLimit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture), [line]);
                    return limit;
                }
            }
        }

        Missing("selection.applicationLimit", "the notice does not say how many vacancies one may apply to.");
        return null;
    }

    private List<Criterion> Criteria(NoticeSection section, string field, Func<NoticeLine, Criterion?> read)
    {
        var lines = Doc.In(section).Where(l => Doc.Headings.All(h => h.Line != l) && !IntroPattern().IsMatch(l.Text)).ToList();
        if (lines.Count == 0)
        {
            Missing(field, $"no '{(section == NoticeSection.Essential ? "Essential" : "Desirable")}' criteria were found.");
            return [];
        }

        var criteria = new List<Criterion>();
        foreach (var line in lines)
        {
            var criterion = read(line);
            if (criterion is null)
            {
                continue;
            }

            criteria.Add(criterion);
            if (criterion.Kind == CriterionKind.Other)
            {
                Doubtful($"{field}[{criteria.Count - 1}]", line.Text, [line], "not a criterion the eligibility engine knows; kept as text for staff to judge.");
            }
            else
            {
                Found($"{field}[{criteria.Count - 1}]", Describe(criterion), [line]);
            }
        }

        return criteria;
    }

    private static string Describe(Criterion c) => Json.JsonNames.Camel(c.Kind) +
        (c.MinimumAge is { } a ? $" {a}" : "") +
        (c.MinimumStudyYears is { } y ? $" {y} years" : "") +
        (c.RecentGraduateMonths is { } m ? $", graduates of {m} months" : "") +
        (c.Languages.Count > 0 ? $" ({string.Join("/", c.Languages)})" : "");

    private static Criterion? EssentialCriterion(NoticeLine line)
    {
        var t = line.Text;
        if (NationalPattern().IsMatch(t))
        {
            return new Criterion(CriterionKind.Nationality, CanonicalTexts.Nationality);
        }

        if (AgePattern().Match(t) is { Success: true } age)
        {
            var years = TextPatterns.WholeNumber(age.Groups.Values.Skip(1).First(g => g.Success).Value);
            if (years is not null)
            {
                return new Criterion(CriterionKind.MinimumAge, CanonicalTexts.MinimumAge(years.Value)) { MinimumAge = years };
            }
        }

        if (UniversityPattern().IsMatch(t))
        {
            var years = StudyYearsPattern().Match(t) is { Success: true } y ? TextPatterns.WholeNumber(y.Groups[1].Value) : null;
            int? months = RecentMonthsPattern().Match(t) is { Success: true } m ? TextPatterns.WholeNumber(m.Groups[1].Value) : null;
            if (years is not null)
            {
                return new Criterion(CriterionKind.Education, CanonicalTexts.Education(years.Value, months)) { MinimumStudyYears = years, RecentGraduateMonths = months };
            }
        }

        if (ProficiencyPattern().IsMatch(t) && LanguagesIn(t) is { Count: > 0 } languages)
        {
            return new Criterion(CriterionKind.OfficialLanguage, CanonicalTexts.OfficialLanguage(languages)) { Languages = languages };
        }

        return new Criterion(CriterionKind.Other, En(t.TrimEnd(',', ';', '.') + "."));
    }

    private static Criterion? DesirableCriterion(NoticeLine line)
    {
        var t = line.Text;
        if (SecondLanguagePattern().IsMatch(t))
        {
            var languages = LanguagesIn(t);
            return new Criterion(CriterionKind.SecondOfficialLanguage, CanonicalTexts.SecondLanguage(languages.Count > 0 ? languages : ["en", "fr"])) { Languages = languages.Count > 0 ? languages : ["en", "fr"] };
        }

        if (DegreePattern().IsMatch(t))
        {
            return new Criterion(CriterionKind.Degree, CanonicalTexts.Degree);
        }

        if (ItPattern().IsMatch(t))
        {
            return new Criterion(CriterionKind.ItSkills, CanonicalTexts.ItSkills);
        }

        if (ExperiencePattern().IsMatch(t))
        {
            return new Criterion(CriterionKind.PriorExperience, CanonicalTexts.PriorExperience);
        }

        return new Criterion(CriterionKind.Other, En(t.TrimEnd(',', ';', '.') + "."));
    }

    private List<Competency> Competencies()
    {
        var list = new List<Competency>();
        foreach (var line in Doc.In(NoticeSection.Competencies).Where(l => Doc.Headings.All(h => h.Line != l) && !IntroPattern().IsMatch(l.Text)))
        {
            var colon = line.Text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon > 50)
            {
                continue;
            }

            var name = line.Text[..colon].Trim();
            var description = line.Text[(colon + 1)..].Trim();
            list.Add(new Competency(new LocalizedText(name, CanonicalTexts.CompetencyFr(name)), En(description)));
            Found($"selection.competencies[{list.Count - 1}]", name, [line], "the description is the notice's text: rewrite it in your own words.");
        }

        if (list.Count == 0)
        {
            Missing("selection.competencies", "no 'Name: description' competency lines were found.");
        }

        return list;
    }

    [GeneratedRegex(@"apply\s+(?:for|to)\s+(?:up\s+to|a\s+maximum\s+of|no\s+more\s+than|at\s+most)\s+" + TextPatterns.NumberToken + @"(?:\s*\((\d+)\))?", RegexOptions.IgnoreCase)]
    private static partial Regex LimitPattern();

    [GeneratedRegex(@"^(?:the\s+)?(?:candidate|applicant)s?\s+(?:must|should|will)[^.]*:?$|^the\s+following\s+criteria\b|^the\s+candidate\s+must\s+demonstrate", RegexOptions.IgnoreCase)]
    private static partial Regex IntroPattern();

    [GeneratedRegex(@"\bnational(?:s|ity)?\b.*\bmember\b|\bcitizen", RegexOptions.IgnoreCase)]
    private static partial Regex NationalPattern();

    [GeneratedRegex(@"at\s+least\s+(\d{2})\s+years?\s+(?:old|of\s+age)|aged\s+(\d{2})|minimum\s+age\s+(?:of\s+)?(\d{2})|(\d{2})\s+years\s+of\s+age", RegexOptions.IgnoreCase)]
    private static partial Regex AgePattern();

    [GeneratedRegex(@"universit|studies|student|graduate", RegexOptions.IgnoreCase)]
    private static partial Regex UniversityPattern();

    [GeneratedRegex(@"(?:at\s+least|minimum\s+of)\s+" + TextPatterns.NumberToken + @"\s+(?:\(\d+\)\s+)?(?:full\s+)?years?", RegexOptions.IgnoreCase)]
    private static partial Regex StudyYearsPattern();

    [GeneratedRegex(TextPatterns.NumberToken + @"\s+months", RegexOptions.IgnoreCase)]
    private static partial Regex RecentMonthsPattern();

    [GeneratedRegex(@"proficien|fluen|command\s+of|knowledge\s+of", RegexOptions.IgnoreCase)]
    private static partial Regex ProficiencyPattern();

    [GeneratedRegex(@"second\s+official|other\s+official|elementary\s+knowledge", RegexOptions.IgnoreCase)]
    private static partial Regex SecondLanguagePattern();

    [GeneratedRegex(@"bachelor|master|degree", RegexOptions.IgnoreCase)]
    private static partial Regex DegreePattern();

    [GeneratedRegex(@"\bIT\b|(?i:SharePoint|Microsoft\s+Office|computer|software)")]
    private static partial Regex ItPattern();

    [GeneratedRegex(@"experience", RegexOptions.IgnoreCase)]
    private static partial Regex ExperiencePattern();
}
