using System.Text.RegularExpressions;
using InternBot.Core.Text;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Import;

/// <summary>The policies a notice states (generative AI, enquiries, updates after the deadline...), in the catalogue's own words.</summary>
internal sealed class PoliciesStep(NoticeDocument doc) : ImportStep(doc)
{
    public Step<Policies> Read() => Complete(Policies());

    private Policies Policies()
    {
        LocalizedText? Policy(string field, string pattern, LocalizedText text)
        {
            var line = Doc.Lines.FirstOrDefault(l => Regex.IsMatch(l.Text, pattern, RegexOptions.IgnoreCase));
            if (line is null)
            {
                NotStated($"policies.{field}", "the notice does not mention it.");
                return null;
            }

            Found($"policies.{field}", "stated", [line], "recognised; written in the catalogue's own words.");
            return text;
        }

        var encourages = Doc.Lines.FirstOrDefault(l => Regex.IsMatch(l.Text, @"encourages?\s+women", RegexOptions.IgnoreCase));
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
}
