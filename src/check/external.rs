//! `stegvis check --external`: every http(s) link of the sources, once per
//! URL, with bounded concurrency and at most two requests at a time per host;
//! HEAD, falling back to GET; redirects followed (at most five) and reported
//! as moved; 429 and 5xx retried with backoff, honouring Retry-After; a
//! timeout; `[check] exclude` patterns; and a cache of good results between
//! runs (failures are never cached). Remote hosts fail in ways nobody here
//! controls, so outcomes are warnings unless `[check] external_level = "error"`.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::{Condvar, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::config::SiteConfig;
use crate::findings::{Finding, FindingKind, Findings, Location, Severity};
use crate::resolve::Site;

/// Where good results are remembered, relative to the site root.
pub(crate) const CACHE_FILE: &str = ".stegvis/external-links.json";
/// How long a good result is trusted.
const CACHE_SECONDS: u64 = 7 * 24 * 3600;
const WORKERS: usize = 8;
const PER_HOST: usize = 2;
const MAX_REDIRECTS: usize = 5;
const MAX_TRIES: u32 = 3;
/// How many request timeouts one URL may take in all, its redirects, retries
/// and pauses included: a hostile server that answers every request slowly
/// with 503 and Retry-After must not hold the check for minutes.
const URL_BUDGET_IN_TIMEOUTS: u32 = 3;

/// What became of one URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum Outcome {
    Ok,
    /// Redirected; the final address.
    Moved(String),
    /// 404, 410, or no such host.
    Broken(String),
    /// 401 or 403: it may work for people who log in.
    AuthWalled(u16),
    RateLimited,
    Timeout,
    /// The URL's time ran out before a final answer: what it had done by then.
    OutOfTime {
        seconds: u64,
        requests: usize,
        redirects: usize,
        /// The status the server kept answering with (429, 503), if any.
        kept_answering: Option<u16>,
    },
    /// Any other status or network failure.
    Failed(String),
}

#[derive(Default, Serialize, Deserialize)]
struct Cache {
    /// URL → (outcome, when it was checked, seconds since the epoch).
    entries: BTreeMap<String, (Outcome, u64)>,
}

/// Where a URL is used: a finding about it stands at the first use.
pub struct Use {
    pub location: Location,
    pub n_uses: usize,
    /// The document (its content path) whose text holds the link, where a
    /// PDF or Office file does: the finding says so.
    pub in_document: Option<String>,
}

pub(crate) fn check(
    root: &Path,
    site: &Site,
    config: &SiteConfig,
    rendered: BTreeMap<String, Use>,
    findings: &mut Findings,
) {
    let uses = uses(site, config, rendered);
    let cache_path = root.join(CACHE_FILE);
    let mut cache: Cache = std::fs::read_to_string(&cache_path)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    let to_check: Vec<String> = uses
        .keys()
        .filter(|url| {
            cache
                .entries
                .get(*url)
                .is_none_or(|(_, checked)| now.saturating_sub(*checked) > CACHE_SECONDS)
        })
        .cloned()
        .collect();

    let checker = Checker::new(config.check.timeout);
    let outcomes = checker.run(&to_check);
    for (url, known) in &uses {
        let outcome = outcomes
            .get(url)
            .cloned()
            .or_else(|| cache.entries.get(url).map(|(outcome, _)| outcome.clone()))
            .unwrap_or(Outcome::Ok);
        if matches!(outcome, Outcome::Ok | Outcome::Moved(_)) {
            cache.entries.insert(url.clone(), (outcome.clone(), now));
        } else {
            cache.entries.remove(url);
        }
        if let Some(finding) = finding(url, known, &outcome, config) {
            findings.push(finding);
        }
    }
    if let Some(parent) = cache_path.parent()
        && std::fs::create_dir_all(parent).is_ok()
        && let Ok(text) = serde_json::to_string_pretty(&cache)
    {
        // A cache that cannot be written only costs requests next time.
        let _ = std::fs::write(&cache_path, text);
    }
}

/// Every http(s) URL to check, where it is first used and how often: those
/// raw HTML and templates wrote (`rendered`) and those of the Markdown.
/// `[check] exclude` patterns and the site's own address are left out.
fn uses(
    site: &Site,
    config: &SiteConfig,
    rendered: BTreeMap<String, Use>,
) -> BTreeMap<String, Use> {
    let exclude: Vec<regex::Regex> = config
        .check
        .exclude
        .iter()
        .filter_map(|pattern| regex::Regex::new(pattern).ok())
        .collect();
    let excluded = |url: &str| exclude.iter().any(|pattern| pattern.is_match(url));
    let mut uses: BTreeMap<String, Use> = rendered
        .into_iter()
        .filter(|(url, _)| !excluded(url))
        .collect();
    // A web address once, counted at each use; the site's own address is
    // checked against the site (resolve), never fetched.
    let add = |uses: &mut BTreeMap<String, Use>, written: &str, first: &dyn Fn() -> Use| {
        let Some(url) = crate::url::web_address(written) else {
            return;
        };
        if config.own_url(written).is_some() || excluded(written) {
            return;
        }
        uses.entry(url.to_string())
            .and_modify(|known| known.n_uses += 1)
            .or_insert_with(first);
    };
    for page in &site.pages {
        let document = &page.document;
        for link in document.links.iter().chain(&document.raw_links) {
            add(&mut uses, link.target.trim(), &|| Use {
                location: Location::at(
                    &document.path,
                    &document.line_index,
                    &document.text(),
                    link.offset,
                ),
                n_uses: 1,
                in_document: None,
            });
        }
    }
    for (idx, attachment) in site.attachments.iter().enumerate() {
        let Some(facts) = &attachment.read else {
            continue;
        };
        for written in &facts.links {
            add(&mut uses, written, &|| Use {
                location: published_at(site, idx),
                n_uses: 1,
                in_document: Some(attachment.file.content_path.clone()),
            });
        }
    }
    uses
}

/// Where a document is published: the first link to it, else the file.
fn published_at(site: &Site, attachment: usize) -> Location {
    for page in &site.pages {
        let document = &page.document;
        if let Some(&(offset, _)) = page
            .links
            .attachments
            .iter()
            .find(|(_, to)| *to == attachment)
        {
            return Location::at(
                &document.path,
                &document.line_index,
                &document.text(),
                offset,
            );
        }
    }
    Location::file(&site.attachments[attachment].file.path)
}

/// The finding about a URL's outcome, at its first use; none when it is fine.
fn finding(url: &str, known: &Use, outcome: &Outcome, config: &SiteConfig) -> Option<Finding> {
    let message = match &known.in_document {
        Some(document) => crate::msg!(
            "document-external-url",
            url = url,
            document = document.as_str()
        ),
        None => crate::msg!("external-url", url = url).num("uses", known.n_uses),
    }
    .arg_msg("outcome", describe(outcome)?);
    let mut finding = known
        .location
        .warning(FindingKind::External, message)
        .target(url);
    if config.check.external_level_error && !matches!(outcome, Outcome::Moved(_)) {
        finding.severity = Severity::Error;
    }
    if let Outcome::Moved(to) = outcome {
        finding.suggestion = Some(to.clone());
    }
    Some(finding)
}

fn describe(outcome: &Outcome) -> Option<crate::findings::Msg> {
    Some(match outcome {
        Outcome::Ok => return None,
        Outcome::Moved(_) => crate::msg!("external-moved"),
        Outcome::Broken(why) => crate::msg!("external-broken", why = why),
        Outcome::AuthWalled(status) => crate::msg!("external-login", status = status),
        Outcome::RateLimited => crate::msg!("external-slow-down"),
        Outcome::Timeout => crate::msg!("external-timeout"),
        Outcome::OutOfTime {
            seconds,
            requests,
            redirects,
            kept_answering,
        } => crate::msg!(
            "external-out-of-time",
            status =
                kept_answering.map_or_else(|| String::from("none"), |status| status.to_string())
        )
        .num("seconds", *seconds)
        .num("requests", *requests)
        .num("redirects", *redirects),
        Outcome::Failed(why) => crate::msg!("external-failed", why = why),
    })
}

struct Checker {
    agent: ureq::Agent,
    timeout: Duration,
    /// Requests under way per host, to stay polite.
    hosts: Mutex<HashMap<String, usize>>,
    host_freed: Condvar,
}

impl Checker {
    fn new(timeout: Duration) -> Checker {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            .max_redirects(0)
            .max_redirects_will_error(false)
            .http_status_as_error(false)
            .user_agent(concat!(
                "stegvis/",
                env!("CARGO_PKG_VERSION"),
                " (link checker)"
            ))
            .build()
            .into();
        Checker {
            agent,
            timeout,
            hosts: Mutex::new(HashMap::new()),
            host_freed: Condvar::new(),
        }
    }

    /// Checks the URLs on a few threads; each URL once.
    fn run(&self, urls: &[String]) -> BTreeMap<String, Outcome> {
        let queue = Mutex::new(urls.iter());
        let results = Mutex::new(BTreeMap::new());
        std::thread::scope(|scope| {
            for _ in 0..WORKERS.min(urls.len()) {
                scope.spawn(|| {
                    loop {
                        let next = queue
                            .lock()
                            .ok()
                            .and_then(|mut queue| queue.next().cloned());
                        let Some(url) = next else {
                            break;
                        };
                        let outcome = self.outcome(&url);
                        if let Ok(mut results) = results.lock() {
                            results.insert(url, outcome);
                        }
                    }
                });
            }
        });
        results.into_inner().unwrap_or_default()
    }

    fn outcome(&self, url: &str) -> Outcome {
        let mut budget = Budget::new(self.timeout * URL_BUDGET_IN_TIMEOUTS);
        let mut current = url.to_string();
        for _ in 0..=MAX_REDIRECTS {
            match self.fetch(&current, &mut budget) {
                Fetched::Status(status, location) if (300..400).contains(&status) => {
                    let Some(location) = location else {
                        return Outcome::Failed(format!("{status} without a Location"));
                    };
                    budget.redirects += 1;
                    current = join_location(&current, &location);
                }
                Fetched::Status(status, _) => {
                    return match status {
                        200..=299 if current == url => Outcome::Ok,
                        200..=299 => Outcome::Moved(current),
                        404 | 410 => Outcome::Broken(status.to_string()),
                        401 | 403 => Outcome::AuthWalled(status),
                        429 => Outcome::RateLimited,
                        _ => Outcome::Failed(status.to_string()),
                    };
                }
                Fetched::Timeout => return Outcome::Timeout,
                Fetched::OutOfTime => return budget.out_of_time(),
                Fetched::NoHost => return Outcome::Broken(String::from("no such host")),
                Fetched::Error(why) => return Outcome::Failed(why),
            }
        }
        Outcome::Failed(format!("more than {MAX_REDIRECTS} redirects"))
    }

    /// One URL: HEAD, then GET if the server does not answer HEAD properly;
    /// 429 and 5xx are tried again after a pause, while the budget lasts.
    fn fetch(&self, url: &str, budget: &mut Budget) -> Fetched {
        let host = host_of(url);
        let _slot = self.host_slot(&host);
        let mut fetched = Fetched::Error(String::new());
        for attempt in 0..MAX_TRIES {
            fetched = self.request(url, Method::Head, budget);
            if let Fetched::Status(status, _) = fetched
                && matches!(status, 400 | 403 | 404 | 405 | 501)
            {
                fetched = self.request(url, Method::Get, budget);
            }
            let Fetched::Status(status, retry_after) = &fetched else {
                break;
            };
            if !(*status == 429 || *status >= 500) || attempt + 1 == MAX_TRIES {
                break;
            }
            budget.last_status = Some(*status);
            let pause = retry_after
                .as_deref()
                .and_then(|seconds| seconds.trim().parse::<u64>().ok())
                .map_or(Duration::from_millis(500 << attempt), Duration::from_secs)
                .min(Duration::from_secs(10));
            if pause >= budget.left() {
                return Fetched::OutOfTime;
            }
            std::thread::sleep(pause);
        }
        fetched
    }

    fn request(&self, url: &str, method: Method, budget: &mut Budget) -> Fetched {
        let left = budget.left();
        if left.is_zero() {
            return Fetched::OutOfTime;
        }
        budget.requests += 1;
        // No request may outlast the URL's budget.
        let timeout = Some(self.timeout.min(left));
        let result = match method {
            Method::Head => self
                .agent
                .head(url)
                .config()
                .timeout_global(timeout)
                .build()
                .call(),
            Method::Get => self
                .agent
                .get(url)
                .config()
                .timeout_global(timeout)
                .build()
                .call(),
        };
        match result {
            Ok(response) => {
                let status = response.status().as_u16();
                let header = if (300..400).contains(&status) {
                    "location"
                } else {
                    "retry-after"
                };
                let value = response
                    .headers()
                    .get(header)
                    .and_then(|value| value.to_str().ok())
                    .map(String::from);
                Fetched::Status(status, value)
            }
            Err(ureq::Error::Timeout(_)) if budget.left().is_zero() => Fetched::OutOfTime,
            Err(ureq::Error::Timeout(_)) => Fetched::Timeout,
            Err(ureq::Error::HostNotFound) => Fetched::NoHost,
            Err(error) => Fetched::Error(error.to_string()),
        }
    }

    /// Waits until fewer than `PER_HOST` requests to `host` are under way.
    fn host_slot(&self, host: &str) -> HostSlot<'_> {
        let mut hosts = self
            .hosts
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        while hosts.get(host).copied().unwrap_or(0) >= PER_HOST {
            hosts = self
                .host_freed
                .wait(hosts)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
        }
        *hosts.entry(host.to_string()).or_insert(0) += 1;
        HostSlot {
            checker: self,
            host: host.to_string(),
        }
    }
}

struct HostSlot<'c> {
    checker: &'c Checker,
    host: String,
}

impl Drop for HostSlot<'_> {
    fn drop(&mut self) {
        let mut hosts = self
            .checker
            .hosts
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(count) = hosts.get_mut(&self.host) {
            *count = count.saturating_sub(1);
        }
        self.checker.host_freed.notify_all();
    }
}

enum Method {
    Head,
    Get,
}

/// A status with its Location (for 3xx) or Retry-After header, or a failure.
enum Fetched {
    Status(u16, Option<String>),
    Timeout,
    /// The URL's budget ran out.
    OutOfTime,
    NoHost,
    Error(String),
}

/// One URL's time, and what it was spent on, for the warning.
struct Budget {
    total: Duration,
    deadline: std::time::Instant,
    requests: usize,
    redirects: usize,
    /// The last status that was tried again (429, 5xx).
    last_status: Option<u16>,
}

impl Budget {
    fn new(total: Duration) -> Budget {
        Budget {
            total,
            deadline: std::time::Instant::now() + total,
            requests: 0,
            redirects: 0,
            last_status: None,
        }
    }

    fn left(&self) -> Duration {
        self.deadline
            .saturating_duration_since(std::time::Instant::now())
    }

    fn out_of_time(&self) -> Outcome {
        Outcome::OutOfTime {
            seconds: self.total.as_secs(),
            requests: self.requests,
            redirects: self.redirects,
            kept_answering: self.last_status,
        }
    }
}

fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.split(['/', '?', '#'])
        .next()
        .unwrap_or(rest)
        .to_ascii_lowercase()
}

/// A Location header, absolute or relative to the URL that sent it.
fn join_location(from: &str, location: &str) -> String {
    if location.starts_with("http://") || location.starts_with("https://") {
        return location.to_string();
    }
    let scheme_end = from.find("://").map_or(0, |at| at + 3);
    let host_end = from[scheme_end..]
        .find('/')
        .map_or(from.len(), |at| scheme_end + at);
    if location.starts_with('/') {
        format!("{}{location}", &from[..host_end])
    } else {
        let folder_end = from
            .rfind('/')
            .filter(|at| *at >= host_end)
            .map_or(host_end, |at| at);
        format!("{}/{location}", &from[..folder_end])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_are_joined_like_a_browser_would() {
        assert_eq!(join_location("https://a.se/x/y", "/z"), "https://a.se/z");
        assert_eq!(join_location("https://a.se/x/y", "z"), "https://a.se/x/z");
        assert_eq!(
            join_location("https://a.se", "https://b.se/"),
            "https://b.se/"
        );
    }

    /// The history of a URL given up on, in the plural forms of each language.
    #[test]
    fn a_url_given_up_on_says_what_happened_in_the_pages_language() {
        use crate::config::Language;
        let said = |language, requests, redirects, kept_answering| {
            let outcome = Outcome::OutOfTime {
                seconds: 3,
                requests,
                redirects,
                kept_answering,
            };
            let msg = describe(&outcome).expect("a finding");
            crate::findings::messages::text(language, &msg, None).expect("in the catalogue")
        };
        assert_eq!(
            said(Language::En, 1, 0, None),
            "no final answer within 3 s (1 request); gave up"
        );
        assert_eq!(
            said(Language::En, 3, 2, Some(503)),
            "no final answer within 3 s (3 requests, 2 redirects, the server kept answering 503 and asking to wait); gave up"
        );
        assert_eq!(
            said(Language::Sv, 1, 1, None),
            "inget slutligt svar inom 3 s (1 förfrågan, 1 omdirigering); gav upp"
        );
        assert_eq!(
            said(Language::Da, 4, 0, Some(429)),
            "intet endeligt svar inden for 3 s (4 forespørgsler, serveren svarede 429 og bad os vente, gang på gang); gav op"
        );
    }

    #[test]
    fn hosts_are_compared_without_case() {
        assert_eq!(host_of("https://Example.ORG:8080/a?b"), "example.org:8080");
    }
}
