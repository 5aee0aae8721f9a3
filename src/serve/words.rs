//! What the preview itself says (the error dialog, the warnings, the
//! editor's overview), in the site's language: the catalogues' `serve-*`
//! messages, as everything the program says.

use crate::config::Language;
use crate::findings::Msg;
use crate::findings::messages::text;

pub(crate) struct Words(Language);

impl Words {
    pub(crate) fn of(language: Language) -> Words {
        Words(language)
    }

    /// A message of the catalogues without variables: `serve-close`.
    pub(crate) fn get(&self, id: &'static str) -> String {
        self.say(Msg::new(id))
    }

    fn say(&self, msg: Msg) -> String {
        text(self.0, &msg, None).unwrap_or_default()
    }

    /// "3 varningar på sidan".
    pub(crate) fn warnings_on_page(&self, n: usize) -> String {
        self.say(Msg::new("serve-warnings-on-page").num("n", n))
    }

    /// After the dialog's first errors: how many more the overview lists.
    pub(crate) fn more_errors(&self, n: usize) -> String {
        self.say(Msg::new("serve-more-errors").num("n", n))
    }

    /// "2 fel, 1 varning".
    pub(crate) fn counts(&self, errors: usize, warnings: usize) -> String {
        let msg = Msg::new("findings-count").num("errors", errors);
        self.say(msg.num("warnings", warnings))
    }
}
