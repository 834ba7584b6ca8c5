// The tab's words in NATO's two official languages. Keys are English identifiers, never shown.
export type Language = "en" | "fr";

const en = {
  applications: "Applications",
  configTitle: "Applications tab",
  configHint: "Choose the applications this tab shows. Everyone sees only the applications their role allows.",
  configAll: "Every vacancy I may see",
  tabNameFor: "Applications – {0}",
  vacancies: "Vacancies",
  onboarding: "Onboarding",
  search: "Search by name, e-mail or candidate id",
  allVacancies: "All vacancies",
  allStatuses: "All statuses",
  allEligibility: "Any eligibility",
  export: "Export CSV",
  name: "Name",
  vacancy: "Vacancy",
  status: "Status",
  submitted: "Submitted",
  eligibility: "Eligibility",
  reasons: "Reasons",
  total: "{0} applications",
  previous: "Previous",
  next: "Next",
  page: "Page {0} of {1}",
  notes: "Notes",
  save: "Save",
  saved: "Saved.",
  close: "Close",
  criteria: "Criteria",
  conflict: "Someone changed this application meanwhile. The current version is shown; apply your change again.",
  loading: "Loading…",
  error: "Something went wrong: {0}",
  consent: "InternBot needs your consent to read the applications list in SharePoint.",
  grantConsent: "Give consent",
  signInTitle: "Development sign-in (this machine only)",
  signInHelp: "No Entra app is needed locally: choose who you are. This page never appears in Teams.",
  user: "User object id",
  role: "Role",
  signIn: "Sign in",
  noAccess: "Your role does not give access to applications. Onboarding and vacancies are open to you.",
  open: "Open",
  closed: "Closed",
  closes: "Closes {0}",
  counts: "By vacancy and status",
  desirable: "Desirable: {0} of {1}",
} as const;

export type Key = keyof typeof en;

const fr: Record<Key, string> = {
  applications: "Candidatures",
  configTitle: "Onglet Candidatures",
  configHint: "Choisissez les candidatures que cet onglet affiche. Chacun ne voit que les candidatures que son rôle permet.",
  configAll: "Toutes les offres que je peux voir",
  tabNameFor: "Candidatures – {0}",
  vacancies: "Offres",
  onboarding: "Intégration",
  search: "Rechercher par nom, courriel ou identifiant",
  allVacancies: "Toutes les offres",
  allStatuses: "Tous les statuts",
  allEligibility: "Toute éligibilité",
  export: "Exporter en CSV",
  name: "Nom",
  vacancy: "Offre",
  status: "Statut",
  submitted: "Soumise le",
  eligibility: "Éligibilité",
  reasons: "Motifs",
  total: "{0} candidatures",
  previous: "Précédent",
  next: "Suivant",
  page: "Page {0} sur {1}",
  notes: "Notes",
  save: "Enregistrer",
  saved: "Enregistré.",
  close: "Fermer",
  criteria: "Critères",
  conflict: "Quelqu'un a modifié cette candidature entre-temps. La version actuelle est affichée ; refaites votre modification.",
  loading: "Chargement…",
  error: "Une erreur est survenue : {0}",
  consent: "InternBot a besoin de votre consentement pour lire la liste des candidatures dans SharePoint.",
  grantConsent: "Donner mon consentement",
  signInTitle: "Connexion de développement (cette machine uniquement)",
  signInHelp: "Aucune application Entra n'est nécessaire en local : choisissez qui vous êtes. Cette page n'apparaît jamais dans Teams.",
  user: "Identifiant d'objet de l'utilisateur",
  role: "Rôle",
  signIn: "Se connecter",
  noAccess: "Votre rôle ne donne pas accès aux candidatures. L'intégration et les offres vous sont ouvertes.",
  open: "Ouverte",
  closed: "Clôturée",
  closes: "Clôture le {0}",
  counts: "Par offre et par statut",
  desirable: "Atouts : {0} sur {1}",
};

/** The language for a Teams or browser locale: French for any fr-* locale, English otherwise. */
export function languageOf(locale: string | undefined | null): Language {
  return (locale ?? "").toLowerCase().startsWith("fr") ? "fr" : "en";
}

export function t(language: Language, key: Key, ...args: (string | number)[]): string {
  const text = (language === "fr" ? fr : en)[key];
  return args.reduce<string>((s, a, i) => s.replace(`{${i}}`, String(a)), text);
}

