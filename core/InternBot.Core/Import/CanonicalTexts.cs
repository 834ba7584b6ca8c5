using InternBot.Core.Eligibility;
using InternBot.Core.Text;

namespace InternBot.Core.Import;

/// <summary>
/// Our own wording, in both languages, for facts the importer recognises. A notice's prose is never copied
/// for these: the importer recognises the fact and states it the way the catalogue does.
/// </summary>
internal static class CanonicalTexts
{
    public static LocalizedText Nationality => new("National of a NATO member state.", "Ressortissant d'un État membre de l'OTAN.");

    public static LocalizedText MinimumAge(int years) => new($"At least {years} years old.", $"Avoir au moins {years} ans.");

    public static LocalizedText Education(int years, int? months) => months is { } m
        ? new($"At least {years} years of university-level study, or equivalent education, or currently a student, or a recent graduate (degree obtained no more than {m} months ago).",
            $"Au moins {years} années d'études universitaires, ou une formation équivalente, ou être actuellement étudiant, ou être jeune diplômé (diplôme obtenu il y a {m} mois au plus).")
        : new($"At least {years} years of university-level study, or equivalent education, or currently a student.",
            $"Au moins {years} années d'études universitaires, ou une formation équivalente, ou être actuellement étudiant.");

    public static LocalizedText OfficialLanguage(IReadOnlyList<string> languages) => new(
        $"Proficiency in {Or(languages, Language.English)}.", $"Maîtrise de : {Or(languages, Language.French)}.");

    public static LocalizedText Degree => new("A bachelor's degree, or being in the final stage of a master's, relevant to the area of expertise.",
        "Une licence (bachelor), ou être en dernière année de master, dans un domaine en rapport avec le poste.");

    public static LocalizedText SecondLanguage(IReadOnlyList<string> languages) => new(
        $"Elementary knowledge of the second official language ({Or(languages, Language.English)}).",
        $"Connaissance élémentaire de la seconde langue officielle ({Or(languages, Language.French)}).");

    public static LocalizedText ItSkills => new("Advanced user of IT tools, including Microsoft Office and SharePoint.", "Utilisation avancée des outils informatiques, dont Microsoft Office et SharePoint.");

    public static LocalizedText PriorExperience => new("Earlier experience with another international organisation, a national administration, research or industry.",
        "Expérience antérieure dans une autre organisation internationale, une administration nationale, la recherche ou l'industrie.");

    public static LocalizedText Place(string city) => new($"NATO Headquarters, {city}", $"Siège de l'OTAN, {city}");

    public static LocalizedText Travel => new("Travel is reimbursed for the journey when joining and when leaving.", "Remboursement des frais de voyage à l'arrivée du stagiaire et à son départ.");

    public static LocalizedText Telework => new("Telework is possible, depending on the needs of the service.", "Le télétravail est possible selon les besoins du service.");

    public static LocalizedText StaffCentre(bool specialPrice) => specialPrice
        ? new("Access to the NATO HQ Staff Centre, which supports staff well-being, at a special membership price for interns.", "Accès au Staff Centre du siège de l'OTAN, qui favorise le bien-être, avec un tarif d'adhésion spécial pour les stagiaires.")
        : new("Access to the NATO HQ Staff Centre, which supports staff well-being.", "Accès au Staff Centre du siège de l'OTAN, qui favorise le bien-être.");

    public static LocalizedText Activities => new("A programme of activities, regular events and meetings with stakeholders.", "Un programme d'activités, des événements réguliers et des réunions avec des interlocuteurs.");

    public static LocalizedText Qualification => new("A copy of the university qualifications already completed.", "Une copie des diplômes universitaires déjà obtenus.");

    public static LocalizedText ProofOfStudies => new("For current students: proof of ongoing studies that clearly shows the dates.", "Pour les étudiants : une preuve d'études en cours indiquant clairement les dates.");

    public static LocalizedText Cv => new("A CV.", "Un CV.");

    public static LocalizedText MotivationLetter => new("A motivation letter.", "Une lettre de motivation.");

    public static LocalizedText Webinar => new("A webinar on the recruitment process, with time for questions.", "Un webinaire sur le processus de recrutement, avec un temps de questions.");

    public static LocalizedText GenerativeAi => new("No stage of the recruitment and selection process may be prepared, in whole or in part, with generative AI tools; applications that use them may be rejected.",
        "Aucune étape du recrutement et de la sélection ne peut être préparée, en tout ou en partie, avec des outils d'IA générative ; les candidatures qui y ont recours peuvent être rejetées.");

    public static LocalizedText Enquiries => new("Questions by telephone or e-mail are not answered.", "Les questions par téléphone ou par courriel ne sont pas traitées.");

    public static LocalizedText UpdatesAfterDeadline => new("An application cannot be changed once the deadline has passed.", "Une candidature ne peut pas être modifiée après la date limite.");

    public static LocalizedText CandidatePool => new("Candidates join a pool that other NATO divisions, offices and bodies may draw on for a similar profile.",
        "Les candidats entrent dans une réserve que d'autres divisions, bureaux et organismes de l'OTAN peuvent consulter pour un profil similaire.");

    public static LocalizedText ReasonableAccommodation => new("Candidates who need reasonable accommodation should tell the recruiters during the selection process; documented medical evidence will be asked for.",
        "Les candidats qui ont besoin d'un aménagement raisonnable doivent le signaler pendant la sélection ; des preuves médicales documentées seront demandées.");

    public static LocalizedText Diversity(bool disability) => disability
        ? new("NATO is committed to diversity and inclusion and strongly encourages women and candidates living with a disability to apply.", "L'OTAN s'engage pour la diversité et l'inclusion et encourage fortement les femmes et les personnes en situation de handicap à postuler.")
        : new("NATO is committed to diversity and inclusion and strongly encourages women to apply.", "L'OTAN s'engage pour la diversité et l'inclusion et encourage fortement les femmes à postuler.");

    public static LocalizedText Integrity => new("Selected candidates are expected to set an example of integrity, transparency and accountability.", "Les candidats retenus doivent être exemplaires en matière d'intégrité, de transparence et de responsabilité.");

    public static LocalizedText Accuracy => new("Check that every piece of information is complete and correct before submitting.", "Vérifiez que toutes les informations sont complètes et exactes avant de soumettre.");

    public static LocalizedText MoreInformation => new("More about the programme, its terms and what it offers is on the NATO internship programme website.", "Le site du programme de stages de l'OTAN en dit plus sur le programme, ses conditions et ce qu'il offre.");

    /// <summary>French names of the competencies NATO notices use; others stay English only.</summary>
    public static string? CompetencyFr(string name) => NoticeDocument.Key(name) switch
    {
        "achievement" => "Sens des résultats",
        "analytical thinking" => "Pensée analytique",
        "clarity and accuracy" => "Clarté et précision",
        "customer service orientation" => "Orientation service",
        "empathy" => "Empathie",
        "flexibility" => "Flexibilité",
        "initiative" => "Initiative",
        "organizational awareness" or "organisational awareness" => "Connaissance de l'organisation",
        "teamwork" => "Travail d'équipe",
        "conceptual thinking" => "Pensée conceptuelle",
        "impact and influence" => "Impact et influence",
        "leadership" => "Leadership",
        "self control" => "Maîtrise de soi",
        "developing others" => "Développement des autres",
        _ => null,
    };

    private static string Or(IReadOnlyList<string> codes, Language l) =>
        string.Join(l == Language.French ? " ou " : " or ", codes.Select(c => SpokenLanguages.NameOf(c).In(l)));
}
