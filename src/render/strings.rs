//! Theme strings (`i18n/<language>.toml`): the words the theme prints around
//! the content, and how dates are written, in each language.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::config::Language;
use crate::findings::{Finding, FindingKind, Findings, LineIndex};
use crate::kinds::{Kind, material, template};
use crate::load::StringsFile;

#[derive(Debug, Clone, Default)]
pub(crate) struct Strings {
    by_language: BTreeMap<String, LanguageStrings>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct LanguageStrings {
    /// "{day} {month} {year}" or "{day}. {month} {year}".
    pub date_format: String,
    pub months: Vec<String>,
    /// The days of the week, Monday first ("måndag", …); a theme's strings
    /// without them write dates without the weekday.
    #[serde(default)]
    pub weekdays: Vec<String>,
    /// "{weekday} {date}" (Danish: "{weekday} den {date}").
    #[serde(default)]
    pub weekday_format: Option<String>,
    /// Every other string, by key, for the templates as `t.key`.
    #[serde(flatten)]
    pub texts: BTreeMap<String, String>,
    /// `texts` as the Tera value every page's `t` shares, and its hash.
    #[serde(skip)]
    shared: Option<(tera::Value, u64)>,
}

impl Strings {
    pub(crate) fn get(&self, language: Language) -> &LanguageStrings {
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
    pub(crate) fn shared_texts(&self) -> (tera::Value, u64) {
        self.shared.clone().unwrap_or_else(|| share(&self.texts))
    }

    /// "28 februari 2025", "28. februar 2025", "28 February 2025".
    pub(crate) fn date(&self, date: jiff::civil::Date) -> String {
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

    /// "torsdag 12 mars 2026", "torsdag den 12. marts 2026", "Thursday 12
    /// March 2026": a meeting's date, which members plan their week by.
    pub(crate) fn date_with_weekday(&self, date: jiff::civil::Date) -> String {
        let text = self.date(date);
        let day = usize::try_from(date.weekday().to_monday_zero_offset()).unwrap_or(0);
        let Some(weekday) = self.weekdays.get(day).filter(|_| self.weekdays.len() == 7) else {
            return text;
        };
        (self.weekday_format.as_deref())
            .unwrap_or("{weekday} {date}")
            .replace("{weekday}", weekday)
            .replace("{date}", &text)
    }
}

/// The strings Stegvis itself writes pages with (kind views, search,
/// calendars), besides those the templates use as `t.key`: every
/// language's file needs them, or the page would show the key.
pub(crate) fn code_keys() -> Vec<String> {
    let kinds = Kind::ALL.iter().map(|kind| format!("kind_{}", kind.name()));
    let formats = material::FORMATS
        .iter()
        .map(|format| material::format_string_key(Some(format)))
        .chain([material::format_string_key(None)]);
    let own = [
        "phases",
        "n_steps",
        "phase_of",
        "step_of",
        "online",
        "data_download",
        "callout_note",
        "callout_tip",
        "callout_important",
        "callout_warning",
        "callout_caution",
    ];
    own.iter()
        .copied()
        .chain(template::string_keys())
        .map(String::from)
        .chain(kinds)
        .chain(formats)
        .collect()
}

pub(crate) fn read(files: &[StringsFile], findings: &mut Findings) -> Strings {
    let mut strings = Strings::default();
    let code_keys = code_keys();
    for file in files {
        match toml::from_str::<LanguageStrings>(&file.text) {
            Ok(mut parsed) if parsed.months.len() == 12 => {
                let missing: Vec<&str> = code_keys
                    .iter()
                    .map(String::as_str)
                    .filter(|key| !parsed.texts.contains_key(*key))
                    .collect();
                if !missing.is_empty() {
                    findings.push(Finding::error(
                        FindingKind::Template,
                        &file.origin,
                        crate::msg!("strings-missing", keys = missing.join(", ")),
                    ));
                }
                parsed.shared = Some(share(&parsed.texts));
                strings.by_language.insert(file.language.clone(), parsed);
            }
            Ok(_) => findings.push(Finding::error(
                FindingKind::Template,
                &file.origin,
                crate::msg!("strings-months"),
            )),
            Err(error) => {
                let index = LineIndex::new(&file.text);
                let offset = error.span().map_or(0, |span| span.start);
                findings.push(
                    Finding::error(
                        FindingKind::Template,
                        &file.origin,
                        crate::msg!("strings-toml", detail = error.message().trim()),
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

    const SWEDISH_MONTHS: [&str; 12] = [
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

    fn strings(date_format: &str, months: &[&str]) -> LanguageStrings {
        LanguageStrings {
            date_format: date_format.to_string(),
            months: months.iter().map(|month| month.to_string()).collect(),
            ..LanguageStrings::default()
        }
    }

    /// The keys of one TOML file of theme strings.
    fn keys_of(text: &str) -> std::collections::BTreeSet<String> {
        let table: toml::Table = toml::from_str(text).expect("theme strings are TOML");
        table.keys().cloned().collect()
    }

    #[test]
    fn every_language_has_the_keys_the_code_and_the_templates_use() {
        let theme = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
        let mut used: std::collections::BTreeSet<String> = code_keys().into_iter().collect();
        for entry in std::fs::read_dir(theme.join("templates")).expect("templates") {
            let text = std::fs::read_to_string(entry.expect("entry").path()).expect("template");
            for (at, _) in text.match_indices("t.") {
                let before = text[..at].chars().last().unwrap_or(' ');
                if before.is_alphanumeric() || before == '_' || before == '.' {
                    continue;
                }
                let key: String = text[at + 2..]
                    .chars()
                    .take_while(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || *ch == '_')
                    .collect();
                if !key.is_empty() {
                    used.insert(key);
                }
            }
        }
        let files: Vec<_> = std::fs::read_dir(theme.join("i18n"))
            .expect("i18n")
            .map(|entry| entry.expect("entry").path())
            .collect();
        assert!(files.len() >= 5, "sv, nb, nn, da and en");
        let first = keys_of(&std::fs::read_to_string(&files[0]).expect("strings"));
        for file in &files {
            let keys = keys_of(&std::fs::read_to_string(file).expect("strings"));
            assert_eq!(
                keys,
                first,
                "{} and {} differ",
                file.display(),
                files[0].display()
            );
            let missing: Vec<&String> = used.iter().filter(|key| !keys.contains(*key)).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", file.display());
        }
    }

    #[test]
    fn a_strings_file_without_a_key_the_code_uses_is_a_finding() {
        let months =
            "months = [\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\",\"l\"]";
        let file = StringsFile {
            language: String::from("sv"),
            origin: std::path::PathBuf::from("themes/egen/i18n/sv.toml"),
            text: format!("date_format = \"{{day}}\"\n{months}\nphases = \"Faser\"\n"),
        };
        let mut findings = Findings::default();
        read(&[file], &mut findings);
        let messages: Vec<String> = findings.sorted().iter().map(|f| f.english()).collect();
        assert_eq!(messages.len(), 1, "{messages:?}");
        assert!(messages[0].contains("n_steps"), "{}", messages[0]);
        assert!(!messages[0].contains("phases,"), "{}", messages[0]);
    }

    #[test]
    fn dates_are_written_the_local_way() {
        let months = SWEDISH_MONTHS;
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

    #[test]
    fn a_meeting_date_names_its_weekday_the_local_way() {
        let months = SWEDISH_MONTHS;
        let mut swedish = strings("{day} {month} {year}", &months);
        let thursday = jiff::civil::date(2026, 3, 12);
        assert_eq!(
            swedish.date_with_weekday(thursday),
            "12 mars 2026",
            "no weekdays: the date alone"
        );
        swedish.weekdays = [
            "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(swedish.date_with_weekday(thursday), "torsdag 12 mars 2026");
        assert_eq!(
            swedish.date_with_weekday(jiff::civil::date(2026, 3, 15)),
            "söndag 15 mars 2026"
        );
        let mut danish = swedish.clone();
        danish.date_format = String::from("{day}. {month} {year}");
        danish.weekday_format = Some(String::from("{weekday} den {date}"));
        assert_eq!(
            danish.date_with_weekday(thursday),
            "torsdag den 12. mars 2026"
        );
    }
}
