//! Theme strings (`i18n/<language>.toml`): the words the theme prints around
//! the content, and how dates are written, in each language.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::config::Language;
use crate::findings::{Finding, Findings, Kind, LineIndex};
use crate::load::StringsFile;

#[derive(Debug, Clone, Default)]
pub struct Strings {
    by_language: BTreeMap<String, LanguageStrings>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct LanguageStrings {
    /// "{day} {month} {year}" or "{day}. {month} {year}".
    pub date_format: String,
    pub months: Vec<String>,
    /// Every other string, by key, for the templates as `t.key`.
    #[serde(flatten)]
    pub texts: BTreeMap<String, String>,
    /// `texts` as the Tera value every page's `t` shares, and its hash.
    #[serde(skip)]
    shared: Option<(tera::Value, u64)>,
}

impl Strings {
    pub fn get(&self, language: Language) -> &LanguageStrings {
        static NONE: std::sync::OnceLock<LanguageStrings> = std::sync::OnceLock::new();
        self.by_language
            .get(language.code())
            .or_else(|| self.by_language.get("en"))
            .unwrap_or_else(|| NONE.get_or_init(LanguageStrings::default))
    }
}

impl LanguageStrings {
    /// The texts as one Tera value (built once, shared by every page's
    /// context) and the hash of what it holds.
    pub fn shared_texts(&self) -> (tera::Value, u64) {
        self.shared.clone().unwrap_or_else(|| share(&self.texts))
    }

    /// "28 februari 2025", "28. februar 2025", "28 February 2025".
    pub fn date(&self, date: jiff::civil::Date) -> String {
        let month = self
            .months
            .get(usize::try_from(date.month() - 1).unwrap_or(0))
            .cloned()
            .unwrap_or_else(|| date.month().to_string());
        self.date_format
            .replace("{day}", &date.day().to_string())
            .replace("{month}", &month)
            .replace("{year}", &date.year().to_string())
    }
}

pub fn read(files: &[StringsFile], findings: &mut Findings) -> Strings {
    let mut strings = Strings::default();
    for file in files {
        match toml::from_str::<LanguageStrings>(&file.text) {
            Ok(mut parsed) if parsed.months.len() == 12 => {
                parsed.shared = Some(share(&parsed.texts));
                strings.by_language.insert(file.language.clone(), parsed);
            }
            Ok(_) => findings.push(Finding::error(
                Kind::Template,
                &file.origin,
                "months must list the twelve month names",
            )),
            Err(error) => {
                let index = LineIndex::new(&file.text);
                let offset = error.span().map_or(0, |span| span.start);
                findings.push(
                    Finding::error(
                        Kind::Template,
                        &file.origin,
                        error.message().trim().to_string(),
                    )
                    .at(&index, &file.text, offset),
                );
            }
        }
    }
    strings
}

fn share(texts: &BTreeMap<String, String>) -> (tera::Value, u64) {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    texts.hash(&mut hasher);
    (tera::Value::from_serializable(texts), hasher.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(date_format: &str, months: &[&str]) -> LanguageStrings {
        LanguageStrings {
            date_format: date_format.to_string(),
            months: months.iter().map(|month| month.to_string()).collect(),
            texts: BTreeMap::new(),
            shared: None,
        }
    }

    #[test]
    fn dates_are_written_the_local_way() {
        let months = [
            "januari",
            "februari",
            "mars",
            "april",
            "maj",
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
            "december",
        ];
        let date = jiff::civil::date(2025, 2, 28);
        assert_eq!(
            strings("{day} {month} {year}", &months).date(date),
            "28 februari 2025"
        );
        assert_eq!(
            strings("{day}. {month} {year}", &months).date(date),
            "28. februari 2025"
        );
    }
}
