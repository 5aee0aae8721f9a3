//! Generates a portal of any size in Stegvis's own format, for benchmarks:
//! `cargo run --release --example gen-portal -- --pages 10000 --out DIR`.
//! The same `--pages` and `--seed` always give the same files.
//!
//! Shape: a process with 4 phases of steps, a meetings section, a templates
//! section with small attachments, and the rest learning materials spread
//! over 20 sections. Each page has ~600 words of Swedish-like text, two `##`
//! and two `###` headings, a list, a small table, five internal links (two
//! with a fragment that exists) and one external link. `--vocabulary FILE`
//! (a word a line, as snowball-data's `voc.txt`) draws the text's words
//! from it, a few often and most rarely (about as in real text; which words
//! are frequent is scattered over the alphabet), for the search index at a
//! real vocabulary's size.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const WORDS: &[&str] = &[
    "förbättring",
    "vården",
    "patienten",
    "närstående",
    "teamet",
    "åtgärd",
    "mätning",
    "uppföljning",
    "väntetid",
    "kvalitet",
    "processen",
    "mål",
    "lärande",
    "samverkan",
    "region",
    "kommun",
    "flöde",
    "överlämning",
    "journal",
    "resultat",
    "median",
    "ansvar",
    "möte",
    "plan",
    "nuläge",
    "önskat",
    "läge",
    "gap",
    "och",
    "i",
    "för",
    "med",
    "som",
    "att",
    "på",
    "av",
    "till",
    "är",
    "har",
    "kan",
    "ska",
    "när",
    "där",
    "både",
    "även",
    "genom",
    "efter",
    "inför",
    "mellan",
    "varje",
    "alla",
];
const SECTIONS: usize = 20;

struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        // xorshift64*: small, fast and the same on every machine.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

struct Arguments {
    pages: usize,
    out: PathBuf,
    seed: u64,
    /// How many templates, each with its document (default: one per 100 pages).
    documents: Option<usize>,
}

/// The words of `--vocabulary`, where given.
static VOCABULARY: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();

fn arguments() -> Result<Arguments, String> {
    let mut pages = 1000;
    let mut out = None;
    let mut seed = 42;
    let mut documents = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--pages" => pages = value()?.parse().map_err(|_| "--pages takes a number")?,
            "--out" => out = Some(PathBuf::from(value()?)),
            "--seed" => seed = value()?.parse().map_err(|_| "--seed takes a number")?,
            "--documents" => {
                documents = Some(value()?.parse().map_err(|_| "--documents takes a number")?)
            }
            "--vocabulary" => {
                let file = value()?;
                let text =
                    std::fs::read_to_string(&file).map_err(|error| format!("{file}: {error}"))?;
                let words: Vec<String> = text.split_whitespace().map(String::from).collect();
                if words.is_empty() {
                    return Err(format!("{file} has no words"));
                }
                let _ = VOCABULARY.set(words);
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(Arguments {
        pages,
        out: out.ok_or("--out DIR is required")?,
        seed,
        documents,
    })
}

fn main() {
    let arguments = match arguments() {
        Ok(arguments) => arguments,
        Err(message) => {
            eprintln!(
                "gen-portal: {message}\nusage: gen-portal --pages N --out DIR [--seed S] [--documents N] [--vocabulary FILE]"
            );
            std::process::exit(2);
        }
    };
    if let Err(error) = generate(&arguments) {
        eprintln!("gen-portal: {error}");
        std::process::exit(1);
    }
}

/// Every page's content path, in the order they are generated.
fn plan(pages: usize, documents: Option<usize>) -> Vec<String> {
    let mut paths = vec![String::from("process/_index.md")];
    let steps = [3, 3, 5, 2];
    for (phase, n_steps) in steps.iter().enumerate() {
        paths.push(format!("process/fas-{}/_index.md", phase + 1));
        for step in 0..*n_steps {
            paths.push(format!("process/fas-{}/steg-{}.md", phase + 1, step + 1));
        }
    }
    paths.push(String::from("möten/_index.md"));
    paths.push(String::from("mallar/_index.md"));
    for section in 0..SECTIONS {
        paths.push(format!("material-{section:02}/_index.md"));
    }
    let n_meetings = pages / 50;
    let n_templates = documents.unwrap_or(pages / 100).min(pages / 2);
    for meeting in 0..n_meetings {
        paths.push(format!("möten/nätverksträff-{meeting:05}.md"));
    }
    for template in 0..n_templates {
        paths.push(format!("mallar/mall-{template:05}/index.md"));
    }
    let mut material = 0;
    while paths.len() < pages.saturating_sub(1) {
        paths.push(format!(
            "material-{:02}/sida-{material:05}.md",
            material % SECTIONS
        ));
        material += 1;
    }
    paths
}

fn generate(arguments: &Arguments) -> std::io::Result<()> {
    let out = &arguments.out;
    std::fs::create_dir_all(out.join("content"))?;
    std::fs::write(
        out.join("site.toml"),
        "title = \"Genererad portal\"\nbase_url = \"https://example.org/\"\nlanguage = \"sv\"\n\n[[menu]]\ntitle = \"Processen\"\npage = \"process/_index.md\"\n",
    )?;
    let paths = plan(arguments.pages, arguments.documents);
    let mut random = Random(arguments.seed.max(1));
    write(
        out,
        "_index.md",
        &page("Start", "", &paths, "_index.md", &mut random),
    )?;
    let mut n_documents = 0;
    for (idx, path) in paths.iter().enumerate() {
        let title = format!("{} {}", title_word(path), idx + 1);
        let weight = format!("weight: {}\n", idx + 1);
        let text = page(&title, &weight, &paths, path, &mut random);
        write(out, path, &text)?;
        if path.starts_with("mallar/") && path.ends_with("/index.md") {
            let folder = path.trim_end_matches("index.md");
            // The example portal's real Word, PDF and OpenDocument files in
            // turn: the build reads each.
            let (name, bytes) = TEMPLATE_FILES[n_documents % TEMPLATE_FILES.len()];
            n_documents += 1;
            let path = out.join("content").join(format!("{folder}{name}"));
            std::fs::write(path, bytes)?;
        }
    }
    eprintln!("wrote {} pages to {}", paths.len() + 1, out.display());
    Ok(())
}

fn title_word(path: &str) -> &'static str {
    match path.split('/').next() {
        Some("process") => "Steg",
        Some("möten") => "Nätverksträff",
        Some("mallar") => "Mall",
        _ => "Material",
    }
}

/// The templates' files, in turn: a Word document, a tagged PDF and an
/// OpenDocument text, each with a title and language.
const TEMPLATE_FILES: [(&str, &[u8]); 3] = [
    (
        "mall.docx",
        include_bytes!("../content/mallar/projektplan.docx"),
    ),
    (
        "mall.pdf",
        include_bytes!("../content/mallar/fiskbensdiagram.pdf"),
    ),
    (
        "mall.odt",
        include_bytes!(
            "../tests/sites/documents_not_for_the_public_stop_the_build_and_leftovers_are_warned/content/ren.odt"
        ),
    ),
];

fn write(out: &Path, content_path: &str, text: &str) -> std::io::Result<()> {
    let path = out.join("content").join(content_path);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, text)
}

fn page(
    title: &str,
    extra_front_matter: &str,
    paths: &[String],
    own: &str,
    random: &mut Random,
) -> String {
    let mut text = format!("---\ntitle: \"{title}\"\n{extra_front_matter}---\n\n");
    let link = |random: &mut Random, fragment: &str| {
        let target = &paths[random.below(paths.len())];
        format!(
            "[{}]({}{fragment})",
            WORDS[random.below(WORDS.len())],
            relative(own, target)
        )
    };
    let links = [
        link(random, "#bakgrund"),
        link(random, "#genomforande"),
        link(random, ""),
        link(random, ""),
        link(random, ""),
    ];
    let headings = [
        "## Bakgrund",
        "## Genomförande",
        "### Mått och uppföljning",
        "### Erfarenheter",
    ];
    for (part, heading) in headings.iter().enumerate() {
        let _ = writeln!(text, "{heading}\n");
        for sentence in 0..10 {
            let _ = write!(text, "{} ", sentence_of(random, 14));
            if sentence == 4 && part < 3 {
                let _ = write!(text, "Läs mer i {} ", links[part]);
            }
        }
        text.push_str("\n\n");
        if part == 1 {
            for item in 0..4 {
                let _ = writeln!(text, "- {}", sentence_of(random, 6));
                if item == 3 {
                    let _ = writeln!(text, "- Se även {} och {}.", links[3], links[4]);
                }
            }
            text.push('\n');
        }
        if part == 2 {
            text.push_str("| Mått | 2025 | 2026 |\n|---|---|---|\n| Väntetid | 34 dagar | 21 dagar |\n| PREM | 72 % | 81 % |\n\n");
        }
    }
    text.push_str("Extern källa: [rapport](https://example.com/rapport).\n");
    text
}

fn sentence_of(random: &mut Random, n_words: usize) -> String {
    let mut sentence = String::new();
    for word_idx in 0..n_words {
        let word = match VOCABULARY.get() {
            // Log-uniform over the ranks: about Zipf's law, as in real text.
            Some(words) => {
                let fraction = random.below(1_000_000) as f64 / 1_000_000.0;
                let rank = (words.len() as f64).powf(fraction) as usize;
                // Ranks scattered over the list, which is alphabetical.
                words[rank.wrapping_mul(7_919) % words.len()].as_str()
            }
            None => WORDS[random.below(WORDS.len())],
        };
        if word_idx == 0 {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                sentence.extend(first.to_uppercase());
                sentence.push_str(chars.as_str());
            }
        } else {
            sentence.push(' ');
            sentence.push_str(word);
        }
    }
    sentence.push('.');
    sentence
}

/// `target` written as a link from the file `own`.
fn relative(own: &str, target: &str) -> String {
    let depth = own.matches('/').count();
    format!("{}{}", "../".repeat(depth), target)
}
