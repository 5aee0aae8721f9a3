//! A Markdown file's text, held by its `Document` for as long as the build
//! needs it. `stegvis build` lets a page's text go once the page is rendered
//! (`let_go`): the texts were the largest part of a big site's memory (439 MiB
//! of 1.4 GiB at 100,000 pages). What asks for a text after that (a finding
//! placed in it, the process's print page) gets it read from disk again, and
//! only if it is still the text that was built; else an empty text, which
//! places a finding at its file alone.

use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::path::PathBuf;
use std::sync::{Arc, PoisonError, RwLock};

#[derive(Debug)]
pub(crate) struct Text(RwLock<Held>);

#[derive(Debug)]
enum Held {
    Here(Arc<str>),
    /// Let go: where to read it again, where its body starts (callouts
    /// are unescaped there as parse did), and what it was.
    LetGo {
        file: PathBuf,
        body_start: usize,
        len: usize,
        hash: u64,
    },
}

impl Text {
    pub(crate) fn new(text: String) -> Text {
        Text(RwLock::new(Held::Here(Arc::from(text))))
    }

    /// The text: held, or read again from `file` (see the module).
    pub(crate) fn get(&self) -> Arc<str> {
        let (file, body_start, len, hash) =
            match &*self.0.read().unwrap_or_else(PoisonError::into_inner) {
                Held::Here(text) => return Arc::clone(text),
                Held::LetGo {
                    file,
                    body_start,
                    len,
                    hash,
                } => (file.clone(), *body_start, *len, *hash),
            };
        let again = crate::load::read_again(&file)
            .map(super::normalize_text)
            .filter(|text| text.len() == len && text.is_char_boundary(body_start))
            .map(|mut text| {
                super::callouts::unescape(&mut text, body_start);
                text
            })
            .filter(|text| hash_of(text) == hash);
        Arc::from(again.unwrap_or_default())
    }

    /// Whether the text is held (not let go).
    #[cfg(test)]
    fn is_held(&self) -> bool {
        matches!(
            *self.0.read().unwrap_or_else(PoisonError::into_inner),
            Held::Here(_)
        )
    }

    /// Lets the text go; `file` is where `get` reads it again.
    pub(crate) fn let_go(&self, file: PathBuf, body_start: usize) {
        let mut held = self.0.write().unwrap_or_else(PoisonError::into_inner);
        if let Held::Here(text) = &*held {
            let (len, hash) = (text.len(), hash_of(text));
            *held = Held::LetGo {
                file,
                body_start,
                len,
                hash,
            };
        }
    }
}

fn hash_of(text: &str) -> u64 {
    let mut hasher = rustc_hash::FxHasher::default();
    text.hash(&mut hasher);
    hasher.finish()
}

/// A part of a document's text (its body), held while it is used.
pub(crate) struct Part {
    text: Arc<str>,
    start: usize,
}

impl Part {
    pub(crate) fn new(text: Arc<str>, start: usize) -> Part {
        Part { text, start }
    }

    /// The whole text the part is of.
    pub(crate) fn whole(&self) -> &str {
        &self.text
    }
}

impl Deref for Part {
    type Target = str;

    fn deref(&self) -> &str {
        self.text.get(self.start..).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_let_go_is_read_again_only_while_the_file_is_unchanged() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let file = folder.path().join("sida.md");
        let written = "\u{feff}---\r\ntitle: Sida\r\n---\r\n> \\[!TIP]\r\n> Text.\r\n";
        std::fs::write(&file, written).expect("written");
        let document = super::super::document(crate::load::SourceFile {
            path: PathBuf::from("content/sida.md"),
            content_path: "sida.md".to_string(),
            text: crate::load::Contents::Read(written.to_string()),
            stamp: crate::load::Stamp::default(),
        })
        .0;
        let text = &document.text;
        let built = text.get();
        assert!(built.contains("> [!TIP] \n"), "{built:?}");
        assert!(text.is_held());
        text.let_go(file.clone(), document.body_start);
        assert!(!text.is_held());
        assert_eq!(
            text.get(),
            built,
            "read again, BOM, CRLF and callouts as parse left them"
        );
        std::fs::write(&file, "---\ntitle: Ändrad\n---\nText.\n").expect("written");
        assert_eq!(
            &*text.get(),
            "",
            "a changed file is not the text that was built"
        );
        std::fs::remove_file(&file).expect("removed");
        assert_eq!(&*text.get(), "");
    }
}
