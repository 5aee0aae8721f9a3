//! `[accessibility]` (issue 36): what only the organisation can say for the
//! accessibility statement a public website must publish, by the country
//! whose rules apply. **se**: Stegvis writes the statement with every item
//! Digg lists (digg.se, "Skapa en tillgänglighetsredogörelse"); a missing
//! item is an error at `[accessibility]`. **no**: the statement lives in
//! Uu-tilsynet's uustatus.no (`uustatus`), **dk**: in Digitaliseringsstyrelsen's
//! WAS-Tool (`was`); Stegvis links it from every page, and warns without it.

use serde::Deserialize;
use toml::Spanned;

use crate::findings::{Finding, FindingKind, Location, Msg};

/// The country whose rules the statement follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Country {
    /// Sweden: lagen (2018:1937) om tillgänglighet till digital offentlig service.
    Se,
    /// Norway: likestillings- og diskrimineringsloven, uustatus.no.
    No,
    /// Denmark: webtilgængelighedsloven, the WAS-Tool.
    Dk,
}

/// How far the site conforms, in the words the statement must use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conformance {
    Full,
    Partial,
    None,
}

impl Conformance {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Conformance::Full => "full",
            Conformance::Partial => "partial",
            Conformance::None => "none",
        }
    }
}

#[derive(Debug, Clone)]
pub struct AccessibilityConfig {
    pub country: Country,
    /// The organisation behind the site (se: required).
    pub organisation: Option<String>,
    /// An e-mail address for feedback.
    pub contact: Option<String>,
    /// Where visitors report barriers (a form or page).
    pub feedback: Option<String>,
    pub phone: Option<String>,
    pub conformance: Option<Conformance>,
    /// The last assessment, and where it is written.
    pub assessed: Option<(jiff::civil::Date, Location)>,
    /// When the statement was last updated (else `assessed`).
    pub updated: Option<jiff::civil::Date>,
    pub method: Option<String>,
    pub known_problems: Vec<String>,
    /// Content exempted as a disproportionate burden, with reasons.
    pub exempted: Vec<String>,
    /// Content outside the law's scope.
    pub out_of_scope: Vec<String>,
    /// no: the statement published in uustatus.no.
    pub uustatus: Option<String>,
    /// dk: the statement published in the WAS-Tool.
    pub was: Option<String>,
    /// Where `[accessibility]` is written: the place of what it lacks.
    pub location: Location,
}

/// The keys of `[accessibility]`.
pub(crate) const KEYS: &[&str] = &[
    "country",
    "organisation",
    "contact",
    "feedback",
    "phone",
    "conformance",
    "assessed",
    "updated",
    "method",
    "known_problems",
    "exempted",
    "out_of_scope",
    "uustatus",
    "was",
];

#[derive(Deserialize, Default)]
pub(super) struct RawAccessibility {
    country: Option<Spanned<String>>,
    organisation: Option<String>,
    contact: Option<String>,
    feedback: Option<Spanned<String>>,
    phone: Option<String>,
    conformance: Option<Spanned<String>>,
    assessed: Option<Spanned<toml::value::Datetime>>,
    updated: Option<Spanned<toml::value::Datetime>>,
    method: Option<String>,
    #[serde(default)]
    known_problems: Vec<String>,
    #[serde(default)]
    exempted: Vec<String>,
    #[serde(default)]
    out_of_scope: Vec<String>,
    uustatus: Option<Spanned<String>>,
    was: Option<Spanned<String>>,
}

/// Reads `[accessibility]`, written at `header` (a byte offset of
/// site.toml); every missing or wrong item is an error at its key, or at
/// the table where the key is missing.
pub(super) fn read(
    raw: Option<RawAccessibility>,
    header: usize,
    at: &dyn Fn(usize) -> Location,
) -> Result<Option<AccessibilityConfig>, Vec<Finding>> {
    let Some(raw) = raw else {
        return Ok(None);
    };
    let mut findings = Vec::new();
    let error = |offset: usize, message: Msg| at(offset).error(FindingKind::Config, message);
    let missing = |key: &str| {
        error(
            header,
            crate::msg!("config-a11y-missing", key = key).arg_msg(
                "what",
                Msg::new(match key {
                    "country" => "a11y-what-country",
                    "organisation" => "a11y-what-organisation",
                    "conformance" => "a11y-what-conformance",
                    "assessed" => "a11y-what-assessed",
                    "method" => "a11y-what-method",
                    "known_problems" => "a11y-what-known-problems",
                    _ => "a11y-what-feedback",
                }),
            ),
        )
    };
    let Some(country) = raw.country.as_ref() else {
        return Err(vec![missing("country")]);
    };
    let country = match country.get_ref().as_str() {
        "se" => Country::Se,
        "no" => Country::No,
        "dk" => Country::Dk,
        other => {
            let finding = error(
                country.span().start,
                crate::msg!("config-a11y-country", country = other),
            )
            .suggest(crate::findings::closest(other, ["se", "no", "dk"]).map(String::from));
            return Err(vec![finding]);
        }
    };
    let date = |value: &Spanned<toml::value::Datetime>, findings: &mut Vec<Finding>| {
        let written = value.get_ref().to_string();
        match written.parse::<jiff::civil::Date>() {
            Ok(date) => Some(date),
            Err(_) => {
                let message = crate::msg!("config-a11y-date", date = written);
                findings.push(error(value.span().start, message));
                None
            }
        }
    };
    let assessed = raw.assessed.as_ref().and_then(|assessed| {
        let day = date(assessed, &mut findings)?;
        Some((day, at(assessed.span().start)))
    });
    let updated = raw
        .updated
        .as_ref()
        .and_then(|updated| date(updated, &mut findings));
    let conformance = match raw.conformance.as_ref() {
        None => None,
        Some(written) => match written.get_ref().as_str() {
            "full" => Some(Conformance::Full),
            "partial" => Some(Conformance::Partial),
            "none" => Some(Conformance::None),
            other => {
                let finding = error(
                    written.span().start,
                    crate::msg!("config-a11y-conformance", conformance = other),
                )
                .suggest(
                    crate::findings::closest(other, ["full", "partial", "none"]).map(String::from),
                );
                findings.push(finding);
                None
            }
        },
    };
    let address = |value: &Option<Spanned<String>>,
                   key: &str,
                   host: Option<&str>,
                   findings: &mut Vec<Finding>| {
        let value = value.as_ref()?;
        let written = value.get_ref().trim();
        let fits = crate::url::split_web(written)
            .is_some_and(|(found, _)| host.is_none_or(|host| found.eq_ignore_ascii_case(host)));
        if !fits {
            let message = match host {
                Some(host) => {
                    crate::msg!("config-a11y-host", key = key, url = written, host = host)
                }
                None => crate::msg!("config-a11y-url", key = key, url = written),
            };
            findings.push(error(value.span().start, message));
            return None;
        }
        Some(written.to_string())
    };
    let feedback = address(&raw.feedback, "feedback", None, &mut findings);
    let uustatus = address(
        &raw.uustatus,
        "uustatus",
        Some("uustatus.no"),
        &mut findings,
    );
    let was = address(&raw.was, "was", Some("www.was.digst.dk"), &mut findings);
    if country == Country::Se {
        // Digg's list: the organisation, the conformance in its words, the
        // date of the assessment, the method, a way to give feedback, and
        // what is not accessible wherever the site does not fully conform.
        if raw.organisation.is_none() {
            findings.push(missing("organisation"));
        }
        if raw.conformance.is_none() {
            findings.push(missing("conformance"));
        }
        if raw.assessed.is_none() {
            findings.push(missing("assessed"));
        }
        if raw.method.is_none() {
            findings.push(missing("method"));
        }
        if raw.feedback.is_none() && raw.contact.is_none() {
            findings.push(missing("feedback"));
        }
        if matches!(conformance, Some(Conformance::Partial | Conformance::None))
            && raw.known_problems.is_empty()
        {
            findings.push(missing("known_problems"));
        }
    }
    if !findings.is_empty() {
        return Err(findings);
    }
    Ok(Some(AccessibilityConfig {
        country,
        organisation: raw.organisation,
        contact: raw.contact,
        feedback,
        phone: raw.phone,
        conformance,
        assessed,
        updated,
        method: raw.method,
        known_problems: raw.known_problems,
        exempted: raw.exempted,
        out_of_scope: raw.out_of_scope,
        uustatus,
        was,
        location: at(header),
    }))
}

/// What the statement's upkeep asks now: an assessment more than 12 months
/// old (the law asks for a yearly review), and, where the statement lives
/// with an agency, its address.
pub(crate) fn warnings(config: &AccessibilityConfig, now: jiff::civil::Date) -> Vec<Finding> {
    let mut warnings = Vec::new();
    if let Some((assessed, location)) = &config.assessed
        && assessed.saturating_add(jiff::Span::new().months(12)) < now
    {
        warnings.push(location.warning(
            FindingKind::Config,
            crate::msg!("a11y-assessment-old", date = assessed.to_string()),
        ));
    }
    let agency = match config.country {
        Country::No if config.uustatus.is_none() => Some("uustatus"),
        Country::Dk if config.was.is_none() => Some("was"),
        _ => None,
    };
    if let Some(key) = agency {
        let message = crate::msg!("a11y-statement-elsewhere", key = key);
        warnings.push(config.location.warning(FindingKind::Config, message));
    }
    warnings
}
