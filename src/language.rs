//! The languages of a portal: its pages, its theme strings, and the
//! messages Stegvis writes to its editors.

/// The languages whose theme strings and date formats Stegvis knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Language {
    Sv,
    Nb,
    Nn,
    Da,
    En,
}

impl Language {
    pub(crate) const ALL: [Language; 5] = [
        Language::Sv,
        Language::Nb,
        Language::Nn,
        Language::Da,
        Language::En,
    ];

    pub(crate) fn code(self) -> &'static str {
        match self {
            Language::Sv => "sv",
            Language::Nb => "nb",
            Language::Nn => "nn",
            Language::Da => "da",
            Language::En => "en",
        }
    }

    /// The language's name in itself, as a picker lists it.
    pub(crate) fn native_name(self) -> &'static str {
        match self {
            Language::Sv => "Svenska",
            Language::Nb => "Norsk bokmål",
            Language::Nn => "Norsk nynorsk",
            Language::Da => "Dansk",
            Language::En => "English",
        }
    }

    pub(crate) fn from_code(code: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|language| language.code() == code)
    }

    pub(crate) fn codes() -> String {
        Language::ALL.map(Language::code).join(", ")
    }
}

/// Labels that mark a document as not for the public, in the Nordic
/// languages and English, compared without case: Microsoft Purview's
/// usual names and the Swedish, Norwegian and Danish public sector's.
pub(crate) const NOT_PUBLIC_LABELS: &[&str] = &[
    "Intern",
    "Internal",
    "Konfidentiell",
    "Konfidensiell",
    "Confidential",
    "Highly Confidential",
    "Strikt konfidentiell",
    "Begränsad",
    "Begrenset",
    "Restricted",
    "Fortrolig",
    "Strengt fortrolig",
    "Hemlig",
    "Secret",
    "Känslig",
    "Følsom",
    "Sensitive",
];

/// Labels that say a document may be published.
pub(crate) const PUBLIC_LABELS: &[&str] = &[
    "Public",
    "Publik",
    "Offentlig",
    "Öppen",
    "Åpen",
    "Åben",
    "General",
    "Allmän",
];
