//! What findings say, in the language of the page they concern (SPEC
//! "Messages speak the editor's language"): one Fluent catalogue per
//! language in `messages/`, each message with its `.help`. Fluent, because
//! it is Mozilla's well-kept format for exactly this, with variables and
//! plural forms that Nordic languages need, in files a translator can read.
//! A finding keeps its `Msg` as data; the printers write it in the page's
//! language (English for `--messages en`, `Finding::english` for tools).

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use crate::language::Language;

/// A message of the catalogues by its id, with its variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// A variable of a message: text as it is, or another message written in
/// the same language ("ett möte" for a kind).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    /// A count, for the plural forms of the catalogues (`[one]`, `*[other]`).
    Number(i64),
    Msg(Msg),
}

impl Msg {
    pub(crate) fn new(id: &'static str) -> Msg {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    pub(crate) fn arg(mut self, name: &'static str, value: impl ToString) -> Msg {
        self.args.push((name, Arg::Text(value.to_string())));
        self
    }

    /// A count, which the catalogues may choose a plural form by.
    pub(crate) fn num(mut self, name: &'static str, value: impl TryInto<i64>) -> Msg {
        self.args
            .push((name, Arg::Number(value.try_into().unwrap_or(i64::MAX))));
        self
    }

    /// A variable that is itself a message, written in the same language.
    pub(crate) fn arg_msg(mut self, name: &'static str, value: Msg) -> Msg {
        self.args.push((name, Arg::Msg(value)));
        self
    }
}

/// `msg!("link-no-page", target = path)`: a message and its variables
/// (the crate's own, reached as `crate::msg!`).
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::findings::Msg::new($id)$(.arg(stringify!($name), &$value))*
    };
}
pub(crate) use msg;

/// Each language's catalogue, as written.
pub(crate) const CATALOGUES: &[(Language, &str)] = &[
    (Language::Sv, include_str!("messages/sv.ftl")),
    (Language::Nb, include_str!("messages/nb.ftl")),
    (Language::Nn, include_str!("messages/nn.ftl")),
    (Language::Da, include_str!("messages/da.ftl")),
    (Language::En, include_str!("messages/en.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static Vec<(Language, Bundle)> {
    static BUNDLES: OnceLock<Vec<(Language, Bundle)>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        CATALOGUES
            .iter()
            .map(|(language, text)| (*language, bundle(*language, text)))
            .collect()
    })
}

fn bundle(language: Language, text: &str) -> Bundle {
    let id = language
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around variables: they end up in terminals and JSON.
    bundle.set_use_isolating(false);
    // A catalogue that does not parse is caught by the tests; what parsed is used.
    let resource =
        FluentResource::try_new(text.to_string()).unwrap_or_else(|(resource, _)| resource);
    let _ = bundle.add_resource(resource);
    bundle
}

fn bundle_of(language: Language) -> Option<&'static Bundle> {
    bundles()
        .iter()
        .find(|(known, _)| *known == language)
        .map(|(_, bundle)| bundle)
}

/// The message (`attribute` None) or one of its attributes (`help`) in
/// `language`, else in English; `None` when neither catalogue has it.
pub(crate) fn text(language: Language, msg: &Msg, attribute: Option<&str>) -> Option<String> {
    [language, Language::En].into_iter().find_map(|language| {
        let bundle = bundle_of(language)?;
        let message = bundle.get_message(msg.id)?;
        let pattern = match attribute {
            None => message.value()?,
            Some(name) => message.get_attribute(name)?.value(),
        };
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            match value {
                Arg::Text(text) => args.set(*name, text.clone()),
                Arg::Number(number) => args.set(*name, *number),
                Arg::Msg(inner) => args.set(*name, text(language, inner, None).unwrap_or_default()),
            }
        }
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, Some(&args), &mut errors)
                .into_owned(),
        )
    })
}

/// A word of the printers ("did you mean …?"), by id.
pub(crate) fn word(language: Language, id: &'static str, args: &[(&'static str, &str)]) -> String {
    let msg = Msg {
        id,
        args: args
            .iter()
            .map(|(name, value)| (*name, Arg::Text(value.to_string())))
            .collect(),
    };
    text(language, &msg, None).unwrap_or_else(|| id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every catalogue parses, and has every message and attribute of the
    /// English one, and nothing else.
    #[test]
    fn every_language_has_every_message() {
        let ids = |text: &str| -> Vec<(String, Vec<String>)> {
            let resource = match FluentResource::try_new(text.to_string()) {
                Ok(resource) => resource,
                Err((_, errors)) => panic!("a catalogue does not parse: {errors:?}"),
            };
            let mut ids: Vec<(String, Vec<String>)> = resource
                .entries()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(message) => Some((
                        message.id.name.to_string(),
                        message
                            .attributes
                            .iter()
                            .map(|attribute| attribute.id.name.to_string())
                            .collect(),
                    )),
                    _ => None,
                })
                .collect();
            ids.sort();
            ids
        };
        let english = ids(include_str!("messages/en.ftl"));
        assert!(english.len() > 20, "the English catalogue has its messages");
        for (language, text) in CATALOGUES {
            assert_eq!(
                ids(text),
                english,
                "{} has other messages than en",
                language.code()
            );
        }
    }

    #[test]
    fn a_message_is_written_in_the_language_asked_for_with_its_variables() {
        let msg = crate::msg!("link-no-page", noun = "page", target = "steg-4.md");
        assert_eq!(
            text(Language::Sv, &msg, None).as_deref(),
            Some("ingen sida heter \"steg-4.md\"")
        );
        assert_eq!(
            text(Language::En, &msg, None).as_deref(),
            Some("no page \"steg-4.md\"")
        );
        assert_eq!(
            word(Language::Sv, "did-you-mean", &[("suggestion", "steg-3.md")]),
            "– menade du \"steg-3.md\"?"
        );
        let wrong = crate::msg!(
            "reference-wrong-kind",
            target = "moten/a.md",
            field = "area",
            expected = "area"
        )
        .arg_msg("found", crate::msg!("kind-a", kind = "meeting"))
        .arg_msg("expected_a", crate::msg!("kind-a", kind = "area"));
        assert_eq!(
            text(Language::Sv, &wrong, None).as_deref(),
            Some("\"moten/a.md\" i area är ett möte, inte ett delområde")
        );
        assert_eq!(
            text(Language::Da, &wrong, None).as_deref(),
            Some("\"moten/a.md\" i area er et møde, ikke et delområde")
        );
    }
}
