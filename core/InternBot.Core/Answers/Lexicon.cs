using System.Text.RegularExpressions;

namespace InternBot.Core.Answers;

/// <summary>
/// The words and phrases (English and French, accents and case removed) that say what a question is about.
/// Patterns run on normalised text (see <see cref="Lexicon.Normalise"/>); order matters where phrases overlap
/// ("security clearance" is about clearance, not the security division; "reasonable accommodation" is not housing).
/// </summary>
internal static class Lexicon
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static Regex R(string pattern) => new(@"(?<![a-z0-9])(?:" + pattern + @")(?![a-z0-9])", Options, TimeSpan.FromSeconds(1));

    public static readonly (Topic Topic, Regex Pattern)[] Topics =
    [
        (Topic.ReasonableAccommodation, R(@"reasonable accommodations?|disabilit\w*|disabled|wheelchair|special needs|handicap\w*|amenagements? raisonnables?|accessib\w*")),
        (Topic.ApplicationLimit, R(@"how many (?:vacancies|positions|internships|posts|applications|offers|notices)|(?:apply|applying) (?:to|for) (?:several|multiple|more than one|many|two|three|other|another|more|all)|more than one (?:vacancy|position|internship|application)|several (?:vacancies|positions|internships|applications)|(?:maximum|max|limit)(?: number)? (?:of )?(?:applications|vacancies)|application limit|combien de (?:postes|candidatures|offres|stages)|plusieurs (?:postes|offres|candidatures|stages)|nombre (?:maximum )?de (?:candidatures|postes)|postuler a plusieurs")),
        (Topic.InfoSession, R(@"info ?sessions?|information sessions?|webinars?|infosessions?|sessions? d ?information|seances? d ?information|webinaires?|session info")),
        (Topic.Clearance, R(@"(?:security )?clearances?|security (?:level|check|vetting)|vetting|habilitations?(?: de securite)?|niveau de securite|nato secret")),
        (Topic.GenerativeAi, R(@"(?<!(?:^|\s)[jn] )ai(?! je)|artificial intelligence|chat ?gpt|gpt|generative|llms?|copilot|ia|intelligence artificielle|chatbots?")),
        (Topic.StaffCentre, R(@"staff cent(?:re|er)|gym|sports?|fitness|well ?being|membership|bien etre|salle de sport|centre du personnel")),
        (Topic.Telework, R(@"tele ?work\w*|remote(?:ly)?|from home|home office|hybrid|work from anywhere|tele ?travail\w*|a distance|domicile")),
        (Topic.Travel, R(@"travel\w*|trips?|flights?|reimburs\w*|relocation|moving costs?|voyages?|deplacements?|rembours\w*|billets?")),
        (Topic.Grant, R(@"grants?|stipends?|salar(?:y|ies)|pay|paid|money|allowances?|remunerat\w*|how much|earn\w*|compensation|wages?|bourses?|salaires?|remuner\w*|combien (?:vais je |je vais )?(?:gagn\w*|touch\w*|recevoir|re\w*oit|payes?)|payes?|indemnit\w*|gagner|argent|euros?|eur")),
        (Topic.Deadline, R(@"deadlines?|closing dates?|clos(?:e|es|ed|ing)|until when|last (?:day|date)|due date|apply (?:by|until|before)|when (?:can|should|must|do) i (?:apply|submit)|when (?:is|are) (?:it|the|applications?)? ?(?:due|open)|still open|still apply|is it open|dates? limites?|cloture|jusqu a quand|dernier jour|avant quand|encore postuler|encore ouvert\w*|delais?|ouvert\w*")),
        (Topic.Start, R(@"start\w*|begin\w*|commenc\w*|when (?:does|do|will|would) (?:it|the internship|the traineeship|i) (?:start|begin)|debut\w*|demarr\w*")),
        (Topic.Duration, R(@"how long|duration|length|last(?:s|ing)? (?:for )?(?:how long|months)|months? long|combien de temps|dure\w*|longueur")),
        (Topic.Hours, R(@"hours?|full ?time|part ?time|working time|per week|a week|weekly|heures?|temps plein|temps partiel|horaires?|par semaine")),
        (Topic.Documents, R(@"documents?|attach\w*|uploads?|diplomas?|transcripts?|certificates?|proof|papers?|translat\w*|pieces? jointes?|justificatifs?|joindre|attestations?|diplomes?|traduction\w*")),
        (Topic.Competencies, R(@"competenc\w*|soft skills|behaviou?rs?|competences?")),
        (Topic.DesirableCriteria, R(@"desirable|advantages?|nice to have|preferred|assets?|bonus|atouts?|souhait\w*|avantages?|un plus")),
        (Topic.EssentialCriteria, R(@"criteria|criterion|requirements?|required|require|qualif\w*|who can apply|who may apply|conditions?|prerequis\w*|exigences?|criteres?|qui peut postuler|minimum age|age limit|how old|age minimum|quel age|nationalit\w*|which countr\w*|what countr\w*|quels pays|member states?|etats? membres?|do i need a degree|need (?:a|to be a) (?:degree|student)|years? of (?:study|studies|university)")),
        (Topic.Languages, R(@"languages?|english|french|bilingual|proficien\w*|langues?|anglais|francais|bilingue")),
        (Topic.Location, R(@"where|location|based|located|city|which office|lieu|ou (?:se )?(?:situe|trouve|deroule|est)|ville|localisation|quel endroit")),
        (Topic.Tasks, R(@"tasks?|duties|duty|daily work|day to day|what (?:will|would) (?:i|interns?|the intern) (?:do|be doing)|what do (?:i|interns) do|responsibilit\w*|the job|the work|taches?|missions?|quotidien\w*|que (?:vais je|ferai je|fait on|fait (?:un|une|le|la) stagiaire|font les stagiaires)|travail (?:au quotidien|quotidien)")),
        (Topic.Units, R(@"sections?|branch(?:es)?|units?|teams?|areas?|departments?|which part|services|equipes?|domaines?|branches?")),
        (Topic.Enquiries, R(@"phone|call|calling|telephone|e ?mails?|contact\w*|reach (?:you|someone|them)|enquir\w*|inquir\w*|appeler|courriels?|contacter|joindre quelqu")),
        (Topic.UpdatesAfterDeadline, R(@"(?:update|change|modify|edit|correct|amend)\w* (?:my |the )?(?:application|cv|form|submission)|after (?:submitting|the deadline)|modifier|mettre a jour|changer (?:ma|mon) (?:candidature|cv)")),
        (Topic.CandidatePool, R(@"pool|reserve list|other (?:divisions|offices|bodies|vacancies)|shared with|vivier|reserve de candidats|autres (?:divisions|services|organismes)")),
        (Topic.Diversity, R(@"diversity|inclusion|women|gender|equal opportunit\w*|diversite|femmes|egalite")),
        (Topic.Grade, R(@"grades?|pay grade|echelons?")),
        (Topic.NatoBody, R(@"nato body|which body|organisme")),
        (Topic.Housing, R(@"housing|accommodation|flats?|apartments?|where (?:to|can i|do i|will i) (?:live|stay|sleep)|rent|logement|hebergement|loger|appartement|loyer")),
        (Topic.Visa, R(@"visas?|work permit|residence permit|titre de sejour|permis de travail")),
        (Topic.Insurance, R(@"insurance|medical cover|health cover|assurance|mutuelle")),
        (Topic.Leave, R(@"holidays?|vacation|leave|days off|annual leave|conges?|vacances|jours de repos")),
        (Topic.Contract, R(@"contract|permanent|job after|hired after|contrat|embauche|cdi")),
        (Topic.Selection, R(@"interview\w*|selection process|assessment|test|written exam|how (?:are|will) (?:candidates|applicants|we) (?:be )?(?:selected|chosen)|entretien\w*|processus de selection|epreuves?")),
    ];

    public static readonly (Intent Intent, Regex Pattern)[] Intents =
    [
        (Intent.SwitchToFrench, R(@"^(?:en )?francais(?: svp| s il (?:te|vous) plait)?$|^in french(?: please)?$|^french please$")),
        (Intent.SwitchToEnglish, R(@"^(?:in )?english(?: please)?$|^en anglais$")),
        (Intent.StaffCounts, R(@"^(?:applications|candidatures)$|how many (?:applications|applicants|candidates)(?! can)|application (?:counts?|numbers|statistics)|number of (?:applications|applicants|candidates)|statistics|stats|dashboard|combien de (?:candidatures|candidats) (?:recu|avons|y a)|statistiques|nombre de candidat(?:ure)?s")),
        (Intent.Onboarding, R(@"onboarding|on boarding|first day|new intern|welcome pack|induction|checklist|before i (?:start|arrive)|arriv\w*|integration|accueil|premier jour|nouveaux? stagiaires?|liste de controle")),
        (Intent.EligibilityCheck, R(@"(?:check|verify|test|assess|evaluate)\w* (?:my |an? )?(?:eligib\w*|candidate|application)|am i eligible|can i apply|could i apply|may i apply|do i qualify|eligibility check|full check|suis je eligible|puis je postuler|est ce que je peux postuler|verifier (?:mon |l )?eligibilite|eligibilite|eligible|je remplis")),
        (Intent.VacancyList, R(@"^(?:offres|postes|stages)$|(?:list|which|what|all|show|open|available)\w* (?:the )?(?:vacancies|internships|positions|offers|opportunities|notices|posts)|vacancies|internships available|open positions|liste des (?:postes|stages|offres)|quels (?:postes|stages)|quelles offres|offres de stage|stages disponibles|postes ouverts")),
        (Intent.Help, R(@"^(?:help|aide|menu|commands?|options|\?|start|what can you do|what do you do|how does this work|que (?:peux|sais) tu faire|comment ca marche|que peux tu faire pour moi)$|^help me$")),
        (Intent.Greeting, R(@"^(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|bonjour|salut|bonsoir|coucou)(?: there| internbot| bot)?$")),
    ];

    /// <summary>Words that carry no meaning of their own in a question, in either language.</summary>
    public static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "is", "are", "was", "be", "do", "does", "did", "i", "me", "my", "you", "your", "we", "it", "its", "this", "that",
        "what", "whats", "which", "when", "who", "how", "why", "can", "could", "would", "should", "will", "there", "any", "for", "of", "in",
        "on", "at", "to", "and", "or", "about", "with", "please", "tell", "say", "says", "notice", "vacancy", "internship", "position",
        "one", "ones", "job", "post", "nato", "hq", "thanks", "thank", "hi", "hello", "more", "info", "information", "details", "detail",
        "anything", "something", "know", "need", "want", "like", "get", "have", "has", "as", "so", "if", "by", "from", "also", "then", "again",
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "ou", "est", "ce", "c", "qu", "que", "quoi", "quel", "quelle",
        "quels", "quelles", "pour", "sur", "dans", "avec", "je", "j", "tu", "vous", "nous", "il", "elle", "y", "a", "au", "aux", "mon", "ma",
        "mes", "votre", "vos", "stage", "poste", "offre", "avis", "merci", "svp", "plait", "parle", "dis", "moi", "sais", "savoir", "ca",
        "cela", "en", "ne", "pas", "plus", "s", "t", "m", "n", "stp", "the", "internbot", "bot", "tell", "show", "give", "describe", "overview",
        "presente", "presentez", "decris", "explain", "explique", "all", "everything", "tout", "some", "bit", "lot", "also", "and", "what's",
        "vacancies", "internships", "intern", "interns", "stagiaire", "stagiaires", "programme", "program", "nato's", "otan", "again",
    };

    /// <summary>Lower case, no accents, apostrophes and punctuation as spaces: "Quelle est la date limite ?" -> "quelle est la date limite".</summary>
    public static string Normalise(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return Regex.Replace(sb.ToString(), @"\s+", " ").Trim();
    }
}
