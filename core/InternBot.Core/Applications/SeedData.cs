using System.Globalization;
using InternBot.Core.Eligibility;
using InternBot.Core.Vacancies;

namespace InternBot.Core.Applications;

/// <summary>
/// A deterministic synthetic data set: the same seed always gives the same applications. Made-up people from many
/// NATO and non-NATO countries, spread over the catalogue's vacancies, plus edge cases that exercise every
/// eligibility rule at its boundary (age on the day, leap-day births, the 12-month graduate, 23:59:59 against
/// 00:00:00, non-member and dual nationalities, B2 against C1, documents missing or untranslated, a fourth
/// application, unknown facts).
/// </summary>
public static class SeedData
{
    /// <summary>Synthetic supervisor object ids per vacancy slug (configure real ones in production).</summary>
    public static string SupervisorOf(string vacancySlug) => $"00000000-0000-0000-5550-{Math.Abs(StableHash(vacancySlug)) % 1_000_000_000_000:D12}";

    /// <summary>The synthetic internship office member (staff) of the seeded data set.</summary>
    public const string StaffMember = "00000000-0000-0000-0000-000000000001";

    /// <summary>The synthetic intern of the seeded data set.</summary>
    public const string Intern = "00000000-0000-0000-0000-000000000002";

    /// <summary>
    /// The people of the seeded data set and the role each holds: one staff member, each vacancy's supervisor, one
    /// intern. A local run gives them their roles (Roles:IncludeSeededPeople) and its sign-in page offers them.
    /// </summary>
    public static IReadOnlyList<SeededPerson> People(VacancyCatalogue catalogue) =>
        [
            new(StaffMember, "Internship office (staff)", Roles.Role.Staff),
            .. catalogue.All.Select(v => new SeededPerson(SupervisorOf(v.Slug), $"Supervisor of {v.ShortName}", Roles.Role.Supervisor)),
            new(Intern, "Intern", Roles.Role.Intern),
        ];

    public static IReadOnlyList<ApplicationRecord> Generate(VacancyCatalogue catalogue, int count = 2000, int seed = 20250622)
    {
        var random = new Random(seed);
        var vacancies = catalogue.All;
        var list = new List<ApplicationRecord>(count + 64);
        list.AddRange(EdgeCases(vacancies));
        var candidate = 0;
        while (list.Count < count)
        {
            candidate++;
            var (first, last, home) = Person(random);
            var applications = random.Next(100) switch { < 70 => 1, < 90 => 2, < 98 => 3, _ => 4 };
            var campaign = vacancies[random.Next(vacancies.Count)].Campaign;
            var pool = vacancies.Where(v => v.Campaign == campaign).OrderBy(_ => random.Next()).Take(applications).ToList();
            var born = new DateOnly(1994, 1, 1).AddDays(random.Next(0, 12 * 365));
            var english = Levels[random.Next(Levels.Length)];
            var french = Levels[random.Next(Levels.Length)];
            var enrolled = random.Next(100) < 60;
            var years = enrolled ? random.Next(0, 6) : random.Next(0, 7);
            var degree = years >= 3 ? (random.Next(100) < 70 ? "bachelor" : "master") : random.Next(100) < 15 ? "shortCycle" : null;
            var nationalities = random.Next(100) < 8 ? $"{home.Alpha2};{Countries.All[random.Next(Countries.All.Count)].Alpha2}" : home.Alpha2;
            foreach (var vacancy in pool)
            {
                var submitted = vacancy.Deadline.ClosesAt.AddMinutes(-random.Next(1, 60 * 24 * 40));
                list.Add(new ApplicationRecord
                {
                    CandidateId = $"C{candidate:D5}",
                    DisplayName = $"{first} {last}",
                    Email = $"{Ascii(first)}.{Ascii(last)}{candidate}@example.org".ToLowerInvariant(),
                    Vacancy = vacancy.Slug,
                    Campaign = vacancy.Campaign,
                    Nationalities = nationalities,
                    DateOfBirth = born,
                    EnrolledStudent = enrolled,
                    YearsCompleted = years,
                    EquivalentEducation = random.Next(100) < 5,
                    DegreeLevel = degree,
                    DegreeAwardedOn = degree is null ? null : DateOnly.FromDateTime(submitted.UtcDateTime).AddDays(-random.Next(20, 900)),
                    DegreeRelevant = degree is null ? null : random.Next(100) < 70,
                    FinalStageOfMasters = random.Next(100) < 20,
                    Languages = $"en:{english};fr:{french}",
                    AdvancedItUser = random.Next(100) < 50,
                    PriorExperience = random.Next(100) < 35,
                    Documents = enrolled ? $"proofOfStudies:{(random.Next(100) < 90 ? "en" : "de:translated")}" : $"qualification:{(random.Next(100) < 85 ? "fr" : "it")}",
                    SubmittedAt = submitted,
                    Status = Statuses[random.Next(Statuses.Length)],
                    Supervisors = SupervisorOf(vacancy.Slug),
                });
                if (list.Count >= count)
                {
                    break;
                }
            }
        }

        return list;
    }

    /// <summary>One application per rule boundary, on the first vacancy of the June 2025 call (NDS in the shipped catalogue).</summary>
    private static IEnumerable<ApplicationRecord> EdgeCases(IReadOnlyList<Vacancy> vacancies)
    {
        var v = vacancies.FirstOrDefault(x => x.Slug == "nds") ?? vacancies[0];
        var day = v.Deadline.Date;
        var brussels = v.Deadline.LastMinute.Zone;
        DateTimeOffset At(DateOnly d, int h, int m, int s) => new ZonedDateTime(d.ToDateTime(new TimeOnly(h, m, s)), brussels).ToInstant();
        var onTime = At(day, 12, 0, 0);
        var good = new ApplicationRecord
        {
            CandidateId = "E0000", DisplayName = "Edge Case", Vacancy = v.Slug, Campaign = v.Campaign, Nationalities = "BE", DateOfBirth = day.AddYears(-25),
            EnrolledStudent = true, YearsCompleted = 3, EquivalentEducation = false, Languages = "en:C1;fr:B1", Documents = "proofOfStudies:en",
            SubmittedAt = onTime, Supervisors = SupervisorOf(v.Slug),
        };
        var n = 0;
        ApplicationRecord Case(string name, Func<ApplicationRecord, ApplicationRecord> change) =>
            change(good with { CandidateId = $"E{++n:D4}", DisplayName = $"Edge {name}", Email = $"edge{n}@example.org" });

        yield return Case("turns 21 the day after", a => a with { DateOfBirth = day.AddDays(1).AddYears(-21) });
        yield return Case("turns 21 on the day", a => a with { DateOfBirth = day.AddYears(-21) });
        yield return Case("leap-day birth", a => a with { DateOfBirth = new DateOnly(2004, 2, 29), SubmittedAt = At(new DateOnly(2025, 2, 28), 12, 0, 0) });
        yield return Case("graduate of exactly 12 months", a => a with { EnrolledStudent = false, YearsCompleted = 1, DegreeLevel = "shortCycle", DegreeAwardedOn = day.AddMonths(-12), SubmittedAt = At(day, 12, 0, 0) });
        yield return Case("graduate of 12 months and a day", a => a with { EnrolledStudent = false, YearsCompleted = 1, DegreeLevel = "shortCycle", DegreeAwardedOn = day.AddMonths(-12).AddDays(-1), SubmittedAt = At(day, 12, 0, 0) });
        yield return Case("submitted 23:59:59", a => a with { SubmittedAt = At(day, 23, 59, 59) });
        yield return Case("submitted 00:00:00 next day", a => a with { SubmittedAt = At(day.AddDays(1), 0, 0, 0) });
        yield return Case("Swiss national", a => a with { Nationalities = "CH" });
        yield return Case("Swiss and Italian", a => a with { Nationalities = "CH;IT" });
        yield return Case("Irish national", a => a with { Nationalities = "IE" });
        yield return Case("English B2 only", a => a with { Languages = "en:B2;fr:A1" });
        yield return Case("no documents", a => a with { Documents = "" });
        yield return Case("untranslated German proof", a => a with { Documents = "proofOfStudies:de" });
        yield return Case("facts unknown", a => a with { DateOfBirth = null, Languages = null, EnrolledStudent = null, YearsCompleted = null, EquivalentEducation = null });
        foreach (var other in vacancies.Where(x => x.Campaign == v.Campaign && x.Slug != v.Slug).Take(3))
        {
            yield return good with { CandidateId = "E9999", DisplayName = "Edge Four Applications", Email = "edge-four@example.org", Vacancy = other.Slug, Supervisors = SupervisorOf(other.Slug) };
        }

        yield return good with { CandidateId = "E9999", DisplayName = "Edge Four Applications", Email = "edge-four@example.org" };
    }

    private static readonly string[] Levels = ["A2", "B1", "B2", "C1", "C1", "C2", "native", "native"];

    private static readonly ApplicationStatus[] Statuses =
        [ApplicationStatus.Submitted, ApplicationStatus.Submitted, ApplicationStatus.Submitted, ApplicationStatus.Screening, ApplicationStatus.Screening,
         ApplicationStatus.Shortlisted, ApplicationStatus.Interview, ApplicationStatus.Rejected, ApplicationStatus.Offer, ApplicationStatus.Withdrawn];

    // Made-up first and last names typical of each country (no real person intended).
    private static readonly (string Country, string[] First, string[] Last)[] Names =
    [
        ("BE", ["Lotte", "Arne", "Elise", "Mathis"], ["Peeters", "Janssens", "Dubois", "Lambert"]),
        ("FR", ["Camille", "Hugo", "Léa", "Louis"], ["Martin", "Bernard", "Moreau", "Lefèvre"]),
        ("DE", ["Jonas", "Mia", "Lukas", "Hannah"], ["Müller", "Schmidt", "Becker", "Wagner"]),
        ("IT", ["Giulia", "Marco", "Sofia", "Luca"], ["Rossi", "Bianchi", "Romano", "Greco"]),
        ("ES", ["Lucía", "Pablo", "Marta", "Diego"], ["García", "Fernández", "López", "Martín"]),
        ("PL", ["Zofia", "Jakub", "Maja", "Kacper"], ["Nowak", "Kowalska", "Wiśniewski", "Wójcik"]),
        ("TR", ["Elif", "Emre", "Zeynep", "Mert"], ["Yılmaz", "Kaya", "Demir", "Şahin"]),
        ("US", ["Emily", "James", "Olivia", "Ethan"], ["Johnson", "Williams", "Brown", "Davis"]),
        ("GB", ["Amelia", "Oliver", "Isla", "Harry"], ["Smith", "Taylor", "Evans", "Walker"]),
        ("CA", ["Chloé", "Liam", "Ava", "Noah"], ["Tremblay", "Roy", "Gagnon", "Wilson"]),
        ("NL", ["Sanne", "Daan", "Fleur", "Bram"], ["de Jong", "Jansen", "Visser", "Bakker"]),
        ("PT", ["Beatriz", "Tiago", "Inês", "Rodrigo"], ["Silva", "Santos", "Ferreira", "Costa"]),
        ("GR", ["Eleni", "Giorgos", "Maria", "Nikos"], ["Papadopoulou", "Georgiou", "Nikolaou", "Oikonomou"]),
        ("RO", ["Ioana", "Andrei", "Elena", "Mihai"], ["Popescu", "Ionescu", "Dumitru", "Stan"]),
        ("CZ", ["Tereza", "Jan", "Eliška", "Tomáš"], ["Novák", "Svobodová", "Dvořák", "Černý"]),
        ("NO", ["Ingrid", "Magnus", "Nora", "Henrik"], ["Hansen", "Johansen", "Olsen", "Larsen"]),
        ("FI", ["Aino", "Eero", "Venla", "Onni"], ["Korhonen", "Virtanen", "Mäkinen", "Nieminen"]),
        ("SE", ["Saga", "Elias", "Alva", "Hugo"], ["Andersson", "Johansson", "Karlsson", "Nilsson"]),
        ("EE", ["Mari", "Rasmus", "Liis", "Karl"], ["Tamm", "Saar", "Sepp", "Mägi"]),
        ("MK", ["Ana", "Stefan", "Marija", "Filip"], ["Stojanovski", "Petrovska", "Nikolovski", "Trajkovska"]),
        ("CH", ["Noemi", "Luca", "Lea", "Nico"], ["Meier", "Keller", "Weber", "Huber"]),
        ("AT", ["Anna", "Felix", "Laura", "Maximilian"], ["Gruber", "Huber", "Bauer", "Wagner"]),
        ("IE", ["Aoife", "Cian", "Niamh", "Seán"], ["Murphy", "Kelly", "O'Brien", "Walsh"]),
        ("UA", ["Oksana", "Taras", "Iryna", "Dmytro"], ["Shevchenko", "Bondarenko", "Kovalenko", "Tkachenko"]),
        ("RS", ["Jelena", "Nikola", "Milica", "Luka"], ["Jovanović", "Petrović", "Nikolić", "Marković"]),
        ("GE", ["Nino", "Giorgi", "Mariam", "Luka"], ["Beridze", "Kapanadze", "Gelashvili", "Maisuradze"]),
        ("MT", ["Maria", "Matthew", "Julia", "Luke"], ["Borg", "Camilleri", "Vella", "Farrugia"]),
        ("CY", ["Andria", "Christos", "Eleni", "Marios"], ["Georgiou", "Constantinou", "Charalambous", "Christodoulou"]),
    ];

    private static (string First, string Last, Country Home) Person(Random random)
    {
        var (country, first, last) = Names[random.Next(Names.Length)];
        return (first[random.Next(first.Length)], last[random.Next(last.Length)], Countries.Find(country)!);
    }

    private static string Ascii(string s) => new(s.Normalize(System.Text.NormalizationForm.FormD)
        .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsAsciiLetter(c)).ToArray());

    private static int StableHash(string s)
    {
        unchecked
        {
            var h = 17;
            foreach (var c in s)
            {
                h = (h * 31) + c;
            }

            return h == int.MinValue ? 0 : h;
        }
    }
}

/// <summary>A person of the seeded data set: Entra object id, a label for the sign-in page, their role.</summary>
public sealed record SeededPerson(string ObjectId, string Label, Roles.Role Role);
