//! A Markdown file's text, held by its `Document` for as long as the build
//! needs it. `stegvis build` lets a page's text go once the page is rendered
//! (`let_go`): the texts were the largest part of a big site's memory (439 MiB
//! of 1.4 GiB at 100,000 pages). What asks for a text after that (a finding
//! placed in it, the process's print page) gets it read from disk again, and
//! only if it is still the text that was built; else an empty text, which
//! places a finding at its file alone.
//!
//! Until then, a big site's texts are held packed (`pack`): parse packs each
//! body (LZ4) once it has read it, and each stage that reads it again (lint,
//! render) unpacks it for as long as it reads. The front matter stays as it
//! is (`head`): resolve and lint read its fields page by page. A site's texts
//! are otherwise all held at once between parse and render, and were a
//! 100,000-page build's highest point of memory.

use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::path::PathBuf;
use std::sync::{Arc, PoisonError, RwLock};

#[derive(Debug)]
pub(crate) struct Text(RwLock<Held>);

#[derive(Debug)]
enum Held {
    Here(Arc<str>),
    /// Packed (`pack`): the text up to its body as it is, the body with LZ4;
    /// `len` bytes in all, which hash to `hash`; `id` names it in each
    /// thread's last unpacked text.
    Packed {
        id: u64,
        head: Arc<str>,
        packed: Box<[u8]>,
        len: usize,
        hash: u64,
    },
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

    /// The text: held, unpacked, or read again from `file` (see the module).
    pub(crate) fn get(&self) -> Arc<str> {
        let (file, body_start, len, hash) =
            match &*self.0.read().unwrap_or_else(PoisonError::into_inner) {
                Held::Here(text) => return Arc::clone(text),
                Held::Packed {
                    id,
                    head,
                    packed,
                    len,
                    ..
                } => return unpacked(*id, head, packed, *len),
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

    /// The text up to `body_start` at least (all of it, unless packed): what
    /// the front matter's fields are read from.
    pub(crate) fn head(&self) -> Arc<str> {
        if let Held::Packed { head, .. } = &*self.0.read().unwrap_or_else(PoisonError::into_inner) {
            return Arc::clone(head);
        }
        self.get()
    }

    /// Packs the body, from `body_start`: `get` unpacks it each time it is
    /// asked for; `head` gives the rest as it is.
    pub(crate) fn pack(&self, body_start: usize) {
        let mut held = self.0.write().unwrap_or_else(PoisonError::into_inner);
        if let Held::Here(text) = &*held
            && let (Some(head), Some(body)) = (text.get(..body_start), text.get(body_start..))
        {
            *held = Held::Packed {
                id: NEXT_PACKED.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
                head: Arc::from(head),
                packed: lz4_flex::compress(body.as_bytes()).into_boxed_slice(),
                len: text.len(),
                hash: hash_of(text),
            };
        }
    }

    /// Lets the text go; `file` is where `get` reads it again.
    pub(crate) fn let_go(&self, file: PathBuf, body_start: usize) {
        let mut held = self.0.write().unwrap_or_else(PoisonError::into_inner);
        let (len, hash) = match &*held {
            Held::Here(text) => (text.len(), hash_of(text)),
            Held::Packed { len, hash, .. } => (*len, *hash),
            Held::LetGo { .. } => return,
        };
        *held = Held::LetGo {
            file,
            body_start,
            len,
            hash,
        };
    }
}

/// The name of the next text packed.
static NEXT_PACKED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

thread_local! {
    /// The text this thread unpacked last, by its `id`: a stage asks for
    /// the same page's text several times in a row (each field it reads,
    /// each rule), and unpacks it once.
    static LAST_UNPACKED: std::cell::RefCell<Option<(u64, Arc<str>)>> =
        const { std::cell::RefCell::new(None) };
}

/// Text `id` of `len` bytes: `head`, then the body `packed` holds; the
/// thread's last if it is that one.
fn unpacked(id: u64, head: &str, packed: &[u8], len: usize) -> Arc<str> {
    LAST_UNPACKED.with_borrow_mut(|last| match last {
        Some((last_id, text)) if *last_id == id => Arc::clone(text),
        _ => {
            let text: Arc<str> = Arc::from(unpack(head, packed, len));
            *last = Some((id, Arc::clone(&text)));
            text
        }
    })
}

/// `head` and the body `packed` holds, `len` bytes in all; empty if they are
/// not (which only a fault of this build could make so).
fn unpack(head: &str, packed: &[u8], len: usize) -> String {
    let body_len = len.saturating_sub(head.len());
    lz4_flex::decompress(packed, body_len)
        .ok()
        .filter(|body| body.len() == body_len)
        .and_then(|body| String::from_utf8(body).ok())
        .map(|body| [head, &body].concat())
        .unwrap_or_default()
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

    #[test]
    fn a_packed_text_is_the_text_it_was_and_is_let_go_as_it_would_be() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let file = folder.path().join("sida.md");
        let body = "Åtgärd i vården. ".repeat(300);
        let written = format!("---\ntitle: Sida\n---\n> \\[!NOTE]\n> Text.\n\n{body}\n");
        std::fs::write(&file, &written).expect("written");
        let parse = || {
            super::super::document(crate::load::SourceFile {
                path: PathBuf::from("content/sida.md"),
                content_path: "sida.md".to_string(),
                text: crate::load::Contents::Read(written.clone()),
                stamp: crate::load::Stamp::default(),
            })
            .0
        };
        let (held, packed) = (parse(), parse());
        packed.text.pack(packed.body_start);
        assert!(!packed.text.is_held());
        assert_eq!(&*packed.text.head(), "---\ntitle: Sida\n---\n");
        let packed_len = match &*packed.text.0.read().expect("unlocked") {
            Held::Packed { packed, .. } => packed.len(),
            _ => panic!("not packed"),
        };
        assert!(packed_len * 10 < written.len(), "{packed_len} bytes");
        assert_eq!(packed.text.get(), held.text.get());
        assert_eq!(
            packed.text.get(),
            held.text.get(),
            "the thread's last, again"
        );
        assert_eq!(&*packed.body(), &*held.body());
        let other = Text::new("Något annat.".to_string());
        other.pack(0);
        assert_eq!(&*other.get(), "Något annat.", "not the last one unpacked");
        assert_eq!(packed.text.get(), held.text.get());
        packed.text.let_go(file.clone(), packed.body_start);
        assert_eq!(
            packed.text.get(),
            held.text.get(),
            "read again from the file"
        );
        std::fs::write(&file, written.replace("Åtgärd", "Atgärd")).expect("written");
        assert_eq!(
            &*packed.text.get(),
            "",
            "a changed file is not what was packed"
        );
    }
}
