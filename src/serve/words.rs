//! What the preview itself says (the error dialog, the warnings, the
//! editor's overview), in the site's language.

use crate::config::Language;

pub(crate) struct Words {
    pub errors_heading: &'static str,
    pub errors_intro: &'static str,
    pub close: &'static str,
    /// "1 varning på sidan" / "3 varningar på sidan".
    pub warnings_on_page: (&'static str, &'static str),
    /// "Alla fel och varningar i portalen".
    pub all_findings: &'static str,
    /// After the dialog's first errors: how many more the overview lists.
    pub more_errors: &'static str,
    pub hide: &'static str,
    pub overview_title: &'static str,
    pub overview_intro: &'static str,
    pub none: &'static str,
    pub review_heading: &'static str,
    pub by_page_heading: &'static str,
    /// "Dokument att rätta": the documents with findings, the worst first.
    pub documents_heading: &'static str,
    pub by_owner_heading: &'static str,
    pub no_owner: &'static str,
    pub page: &'static str,
    pub owner: &'static str,
    pub review_by: &'static str,
    /// "{errors} fel, {warnings} varningar".
    pub counts: &'static str,
    pub error: &'static str,
    pub warning: &'static str,
}

impl Words {
    /// "3 varningar på sidan".
    pub(crate) fn warnings_on_page(&self, n: usize) -> String {
        let (one, many) = self.warnings_on_page;
        if n == 1 {
            one.to_string()
        } else {
            many.replace("{n}", &n.to_string())
        }
    }

    pub(crate) fn more_errors(&self, n: usize) -> String {
        self.more_errors.replace("{n}", &n.to_string())
    }

    pub(crate) fn counts(&self, errors: usize, warnings: usize) -> String {
        self.counts
            .replace("{errors}", &errors.to_string())
            .replace("{warnings}", &warnings.to_string())
    }
}

pub(crate) fn of(language: Language) -> Words {
    match language {
        Language::Sv => swedish(),
        Language::Nb => bokmal(),
        Language::Nn => nynorsk(),
        Language::Da => danish(),
        Language::En => english(),
    }
}

fn swedish() -> Words {
    Words {
        errors_heading: "Sidan kunde inte byggas",
        errors_intro: "Rätta felen nedan och spara; sidan laddas om av sig själv. Under tiden visas den senaste fungerande versionen.",
        close: "Stäng",
        warnings_on_page: ("1 varning på sidan", "{n} varningar på sidan"),
        all_findings: "Alla fel och varningar i portalen",
        more_errors: "och {n} fel till",
        hide: "Dölj varningarna",
        overview_title: "Att rätta i portalen",
        overview_intro: "Allt som förhandsgranskningen har hittat, sida för sida. Sidan uppdateras när du sparar. Den finns bara här, aldrig i den publicerade portalen.",
        none: "Inget att rätta.",
        review_heading: "Sidor att granska",
        by_page_heading: "Per sida",
        documents_heading: "Dokument att rätta",
        by_owner_heading: "Per ägare",
        no_owner: "Ingen ägare angiven",
        page: "Sida",
        owner: "Ägare",
        review_by: "Granskas senast",
        counts: "{errors} fel, {warnings} varningar",
        error: "fel",
        warning: "varning",
    }
}

fn bokmal() -> Words {
    Words {
        errors_heading: "Siden kunne ikke bygges",
        errors_intro: "Rett feilene nedenfor og lagre; siden lastes inn på nytt av seg selv. Imens vises den siste fungerende versjonen.",
        close: "Lukk",
        warnings_on_page: ("1 advarsel på siden", "{n} advarsler på siden"),
        all_findings: "Alle feil og advarsler i portalen",
        more_errors: "og {n} feil til",
        hide: "Skjul advarslene",
        overview_title: "Å rette i portalen",
        overview_intro: "Alt forhåndsvisningen har funnet, side for side. Siden oppdateres når du lagrer. Den finnes bare her, aldri i den publiserte portalen.",
        none: "Ingenting å rette.",
        review_heading: "Sider som skal gjennomgås",
        by_page_heading: "Per side",
        documents_heading: "Dokumenter som må rettes",
        by_owner_heading: "Per eier",
        no_owner: "Ingen eier oppgitt",
        page: "Side",
        owner: "Eier",
        review_by: "Gjennomgås innen",
        counts: "{errors} feil, {warnings} advarsler",
        error: "feil",
        warning: "advarsel",
    }
}

fn nynorsk() -> Words {
    Words {
        errors_heading: "Sida kunne ikkje byggjast",
        errors_intro: "Rett feila nedanfor og lagre; sida blir lasta inn på nytt av seg sjølv. Imens blir den siste fungerande versjonen vist.",
        close: "Lukk",
        warnings_on_page: ("1 åtvaring på sida", "{n} åtvaringar på sida"),
        all_findings: "Alle feil og åtvaringar i portalen",
        more_errors: "og {n} feil til",
        hide: "Skjul åtvaringane",
        overview_title: "Å rette i portalen",
        overview_intro: "Alt førehandsvisinga har funne, side for side. Sida blir oppdatert når du lagrar. Ho finst berre her, aldri i den publiserte portalen.",
        none: "Ingenting å rette.",
        review_heading: "Sider som skal gjennomgåast",
        by_page_heading: "Per side",
        documents_heading: "Dokument som må rettast",
        by_owner_heading: "Per eigar",
        no_owner: "Ingen eigar oppgitt",
        page: "Side",
        owner: "Eigar",
        review_by: "Gjennomgåast innan",
        counts: "{errors} feil, {warnings} åtvaringar",
        error: "feil",
        warning: "åtvaring",
    }
}

fn danish() -> Words {
    Words {
        errors_heading: "Siden kunne ikke bygges",
        errors_intro: "Ret fejlene nedenfor og gem; siden genindlæses af sig selv. Imens vises den seneste fungerende version.",
        close: "Luk",
        warnings_on_page: ("1 advarsel på siden", "{n} advarsler på siden"),
        all_findings: "Alle fejl og advarsler i portalen",
        more_errors: "og {n} fejl mere",
        hide: "Skjul advarslerne",
        overview_title: "Det skal rettes i portalen",
        overview_intro: "Alt hvad forhåndsvisningen har fundet, side for side. Siden opdateres, når du gemmer. Den findes kun her, aldrig i den offentliggjorte portal.",
        none: "Intet at rette.",
        review_heading: "Sider der skal gennemgås",
        by_page_heading: "Pr. side",
        documents_heading: "Dokumenter, der skal rettes",
        by_owner_heading: "Pr. ejer",
        no_owner: "Ingen ejer angivet",
        page: "Side",
        owner: "Ejer",
        review_by: "Gennemgås senest",
        counts: "{errors} fejl, {warnings} advarsler",
        error: "fejl",
        warning: "advarsel",
    }
}

fn english() -> Words {
    Words {
        errors_heading: "The site could not be built",
        errors_intro: "Fix the errors below and save; the page reloads by itself. Meanwhile the last working version is shown.",
        close: "Close",
        warnings_on_page: ("1 warning on this page", "{n} warnings on this page"),
        all_findings: "All errors and warnings of the portal",
        more_errors: "and {n} more errors",
        hide: "Hide the warnings",
        overview_title: "To fix in the portal",
        overview_intro: "Everything the preview has found, page by page. This page updates when you save. It exists only here, never in the published portal.",
        none: "Nothing to fix.",
        review_heading: "Pages to review",
        by_page_heading: "By page",
        documents_heading: "Documents to fix",
        by_owner_heading: "By owner",
        no_owner: "No owner given",
        page: "Page",
        owner: "Owner",
        review_by: "Review by",
        counts: "{errors} errors, {warnings} warnings",
        error: "error",
        warning: "warning",
    }
}
