//! What is injected into every served HTML page: a small script that listens
//! for rebuilds (Server-Sent Events) and reloads, or swaps the stylesheets
//! when only CSS changed; and, while the latest build has errors, an
//! accessible dialog listing them in the site's language.

use crate::config::Language;
use crate::findings::Finding;

pub(crate) const EVENTS_PATH: &str = "/__stegvis/events";

const SCRIPT: &str = r#"<script>
(function () {
  var source = new EventSource("/__stegvis/events");
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("css", function () {
    document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
      var url = new URL(link.href);
      url.searchParams.set("stegvis", Date.now());
      link.href = url.toString();
    });
  });
  var dialog = document.getElementById("stegvis-errors");
  if (dialog) {
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { dialog.close(); }
    });
    var button = dialog.querySelector("button");
    if (button) { button.focus(); }
  }
})();
</script>"#;

struct Words {
    heading: &'static str,
    intro: &'static str,
    close: &'static str,
}

fn words(language: Language) -> Words {
    match language {
        Language::Sv => Words {
            heading: "Sidan kunde inte byggas",
            intro: "Rätta felen nedan och spara; sidan laddas om av sig själv. Under tiden visas den senaste fungerande versionen.",
            close: "Stäng",
        },
        Language::Nb => Words {
            heading: "Siden kunne ikke bygges",
            intro: "Rett feilene nedenfor og lagre; siden lastes inn på nytt av seg selv. Imens vises den siste fungerende versjonen.",
            close: "Lukk",
        },
        Language::Nn => Words {
            heading: "Sida kunne ikkje byggjast",
            intro: "Rett feila nedanfor og lagre; sida blir lasta inn på nytt av seg sjølv. Imens blir den siste fungerande versjonen vist.",
            close: "Lukk",
        },
        Language::Da => Words {
            heading: "Siden kunne ikke bygges",
            intro: "Ret fejlene nedenfor og gem; siden genindlæses af sig selv. Imens vises den seneste fungerende version.",
            close: "Luk",
        },
        Language::En => Words {
            heading: "The site could not be built",
            intro: "Fix the errors below and save; the page reloads by itself. Meanwhile the last working version is shown.",
            close: "Close",
        },
    }
}

/// The page with the script, and the error dialog when there are errors.
pub(crate) fn inject(html: &str, findings: &[Finding], language: Language) -> String {
    let items = crate::findings::print_html_items(findings);
    let mut addition = String::new();
    if !items.is_empty() {
        let words = words(language);
        addition.push_str(
            "<dialog id=\"stegvis-errors\" open aria-labelledby=\"stegvis-errors-title\" style=\"position:fixed;inset:1rem;max-width:48rem;margin:auto;z-index:9999;border:3px solid #b3261e;border-radius:8px;padding:1rem 1.5rem;background:#fff;color:#1d2428;font:16px/1.5 system-ui,sans-serif;max-height:80vh;overflow:auto\">",
        );
        addition.push_str(&format!(
            "<h2 id=\"stegvis-errors-title\" style=\"margin-top:0;color:#b3261e\">{}</h2><p>{}</p><ul>{items}",
            words.heading, words.intro
        ));
        addition.push_str(&format!(
            "</ul><form method=\"dialog\"><button type=\"submit\">{}</button></form></dialog>",
            words.close
        ));
    }
    addition.push_str(SCRIPT);
    match html.rfind("</body>") {
        Some(at) => format!("{}{addition}{}", &html[..at], &html[at..]),
        None => format!("{html}{addition}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::Kind;

    #[test]
    fn the_script_goes_before_the_end_of_the_body() {
        let page = inject("<html><body><p>x</p></body></html>", &[], Language::Sv);
        assert!(page.contains("<p>x</p><script>"));
        assert!(page.ends_with("</script></body></html>"));
        assert!(!page.contains("<dialog"));
    }

    #[test]
    fn errors_are_listed_in_a_dialog_in_the_sites_language() {
        let finding = Finding::error(Kind::Link, "content/a.md", "no page \"<b>.md\"");
        let page = inject("<body></body>", &[finding], Language::Sv);
        assert!(page.contains("<dialog id=\"stegvis-errors\" open"));
        assert!(page.contains("Sidan kunde inte byggas"));
        assert!(page.contains("no page &quot;&lt;b&gt;.md&quot;"));
    }
}
