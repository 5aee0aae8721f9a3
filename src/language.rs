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
