//! Re-running `stegvis cms` keeps every choice made by hand in
//! `static/admin/config.yml` (the backend, `publish_mode`, `site_url`, media
//! settings, collections and fields added or changed by hand) and changes
//! only what the site's structure changed.
//!
//! A three-way merge: *base* is what `stegvis cms` wrote last (kept beside
//! the configuration in a dot file, which is committed but never
//! published), *mine* is the file as it is now, *new* is what the site's
//! structure says now. A value that is still as written takes the new one;
//! a value changed by hand is kept; something added by hand is kept;
//! something the site no longer has is dropped only if nobody changed it.
//! Without a base (a configuration from an older Stegvis) nothing in the
//! file is changed or dropped: only what is missing is added. Collections
//! and fields are lists matched by their `name`.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

/// A YAML document with its keys in their order (the file is written back
/// in the order its admin left it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub(crate) enum Value {
    Object(Map),
    Array(Vec<Value>),
    Scalar(serde_json::Value),
}

pub(crate) type Map = IndexMap<String, Value>;

impl Value {
    fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    fn get(&self, key: &str) -> Option<&Value> {
        self.as_object().and_then(|map| map.get(key))
    }

    fn as_str(&self) -> Option<&str> {
        match self {
            Value::Scalar(serde_json::Value::String(text)) => Some(text),
            _ => None,
        }
    }
}

/// Where something was kept by hand, and why it matters: said to the
/// person who runs `stegvis cms`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Kept {
    /// The path of the value: `backend`, `collections[moten].fields[date].label`.
    pub at: String,
    pub why: KeptWhy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KeptWhy {
    /// Changed by hand, and the site now says something else there too.
    ChangedByHand,
    /// The site no longer has it, but it was changed by hand.
    GoneButChanged,
    /// No base to tell who wrote it: it differs from what the site says.
    Unknown,
}

/// The merged configuration, and what was kept against the site's word.
pub(crate) fn merge(base: Option<&Value>, mine: &Value, new: &Value) -> (Value, Vec<Kept>) {
    let mut kept = Vec::new();
    let merged = value(base, mine, new, "", &mut kept);
    (merged, kept)
}

fn value(base: Option<&Value>, mine: &Value, new: &Value, at: &str, kept: &mut Vec<Kept>) -> Value {
    match (mine, new) {
        (Value::Object(mine_map), Value::Object(new_map)) => {
            let base_map = base.and_then(Value::as_object);
            Value::Object(object(base_map, mine_map, new_map, at, kept))
        }
        (Value::Array(mine_list), Value::Array(new_list))
            if named(mine_list) && named(new_list) =>
        {
            let base_list = base.and_then(Value::as_array);
            Value::Array(list(base_list, mine_list, new_list, at, kept))
        }
        _ => match base {
            // As written last time: the site's word now.
            Some(base) if base == mine => new.clone(),
            Some(base) => {
                if base != new && mine != new {
                    kept.push(Kept {
                        at: at.to_string(),
                        why: KeptWhy::ChangedByHand,
                    });
                }
                mine.clone()
            }
            None => {
                if mine != new {
                    kept.push(Kept {
                        at: at.to_string(),
                        why: KeptWhy::Unknown,
                    });
                }
                mine.clone()
            }
        },
    }
}

/// Keys in the file's order, with those the site adds after the key before them.
fn object(base: Option<&Map>, mine: &Map, new: &Map, at: &str, kept: &mut Vec<Kept>) -> Map {
    let mut merged = Map::new();
    let names = order(
        mine.keys().map(String::as_str),
        new.keys().map(String::as_str),
    );
    for key in names {
        let path = join(at, key);
        let base_value = base.and_then(|b| b.get(key));
        if let Some(value) = one(base_value, mine.get(key), new.get(key), &path, kept) {
            merged.insert(key.to_string(), value);
        }
    }
    merged
}

/// A list of named objects (collections, fields, files), matched by name.
fn list(
    base: Option<&Vec<Value>>,
    mine: &[Value],
    new: &[Value],
    at: &str,
    kept: &mut Vec<Kept>,
) -> Vec<Value> {
    let base_items = base.map(Vec::as_slice).unwrap_or_default();
    let mut merged = Vec::new();
    for name in order(
        mine.iter().filter_map(name_of),
        new.iter().filter_map(name_of),
    ) {
        let path = format!("{at}[{name}]");
        let found = (find(base_items, name), find(mine, name), find(new, name));
        if let Some(value) = one(found.0, found.1, found.2, &path, kept) {
            merged.push(value);
        }
    }
    merged
}

fn find<'v>(items: &'v [Value], name: &str) -> Option<&'v Value> {
    items.iter().find(|item| name_of(item) == Some(name))
}

/// The file's names in its order, each new one after the name it follows
/// in the new order (first if it follows none the file has).
fn order<'n>(
    mine: impl Iterator<Item = &'n str>,
    new: impl Iterator<Item = &'n str>,
) -> Vec<&'n str> {
    let mut names: Vec<&str> = mine.collect();
    let mut previous: Option<&str> = None;
    for name in new {
        if !names.contains(&name) {
            let position = previous
                .and_then(|before| names.iter().position(|known| *known == before))
                .map_or(0, |position| position + 1);
            names.insert(position, name);
        }
        previous = Some(name);
    }
    names
}

/// One key or named item: kept, taken from the site, or dropped.
fn one(
    base: Option<&Value>,
    mine: Option<&Value>,
    new: Option<&Value>,
    at: &str,
    kept: &mut Vec<Kept>,
) -> Option<Value> {
    match (mine, new) {
        // Where the base has nothing (added by hand, and now written by the
        // site too), the hand's value stays.
        (Some(mine), Some(new)) => Some(value(base, mine, new, at, kept)),
        // Removed by hand: stays removed.
        (None, Some(_)) if base.is_some() => None,
        (None, Some(new)) => Some(new.clone()),
        (Some(mine), None) => match base {
            // Written by stegvis cms, unchanged, and the site no longer has it.
            Some(base) if base == mine => None,
            Some(_) => {
                kept.push(Kept {
                    at: at.to_string(),
                    why: KeptWhy::GoneButChanged,
                });
                Some(mine.clone())
            }
            // Added by hand (or, without a base, nobody can tell).
            None => Some(mine.clone()),
        },
        (None, None) => None,
    }
}

fn named(items: &[Value]) -> bool {
    !items.is_empty() && items.iter().all(|item| name_of(item).is_some())
}

fn name_of(item: &Value) -> Option<&str> {
    item.get("name").and_then(Value::as_str)
}

fn join(at: &str, key: &str) -> String {
    if at.is_empty() {
        key.to_string()
    } else {
        format!("{at}.{key}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A `Value` from JSON (keys in sorted order: order is not what these test).
    fn json(value: serde_json::Value) -> Value {
        serde_json::from_value(value).expect("a value")
    }

    macro_rules! json {
        ($($value:tt)+) => {
            json(serde_json::json!($($value)+))
        };
    }

    impl std::ops::Index<&str> for Value {
        type Output = Value;
        fn index(&self, key: &str) -> &Value {
            self.get(key).expect("a key")
        }
    }

    impl std::ops::IndexMut<&str> for Value {
        fn index_mut(&mut self, key: &str) -> &mut Value {
            match self {
                Value::Object(map) => map
                    .entry(key.to_string())
                    .or_insert(Value::Scalar(serde_json::Value::Null)),
                _ => panic!("not a map"),
            }
        }
    }

    impl std::ops::Index<usize> for Value {
        type Output = Value;
        fn index(&self, index: usize) -> &Value {
            &self.as_array().expect("a list")[index]
        }
    }

    impl std::ops::IndexMut<usize> for Value {
        fn index_mut(&mut self, index: usize) -> &mut Value {
            match self {
                Value::Array(items) => &mut items[index],
                _ => panic!("not a list"),
            }
        }
    }

    impl Value {
        fn as_array_mut(&mut self) -> Option<&mut Vec<Value>> {
            match self {
                Value::Array(items) => Some(items),
                _ => None,
            }
        }

        fn as_object_mut(&mut self) -> Option<&mut Map> {
            match self {
                Value::Object(map) => Some(map),
                _ => None,
            }
        }
    }

    impl PartialEq<&str> for Value {
        fn eq(&self, other: &&str) -> bool {
            self.as_str() == Some(*other)
        }
    }

    fn generated(backend: &str, label: &str) -> Value {
        json!({
            "backend": {"name": backend},
            "locale": "sv",
            "media_folder": "content/media",
            "collections": [
                {"name": "moten", "label": label, "fields": [
                    {"name": "title", "label": "Rubrik", "widget": "string"},
                    {"name": "date", "label": "Datum", "widget": "datetime"},
                ]},
                {"name": "sections", "label": "Avsnitt", "files": []},
            ],
        })
    }

    #[test]
    fn a_backend_set_by_hand_and_a_hand_added_field_survive_a_site_change() {
        let base = generated("git-gateway", "Möten");
        let mut mine = base.clone();
        mine["backend"] = json!({"name": "github", "repo": "natverket/portal", "branch": "main"});
        mine["publish_mode"] = json!("editorial_workflow");
        mine["collections"][0]["fields"]
            .as_array_mut()
            .unwrap()
            .push(json!({"name": "rum", "label": "Rum", "widget": "string"}));
        // The section was renamed, and a new section came.
        let mut new = generated("git-gateway", "Nätverksmöten");
        new["collections"].as_array_mut().unwrap().insert(
            1,
            json!({"name": "nyheter", "label": "Nyheter", "fields": []}),
        );
        let (merged, kept) = merge(Some(&base), &mine, &new);
        assert_eq!(merged["backend"], mine["backend"]);
        assert_eq!(merged["publish_mode"], "editorial_workflow");
        let names: Vec<&str> = merged["collections"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(name_of)
            .collect();
        assert_eq!(names, ["moten", "nyheter", "sections"]);
        assert_eq!(
            merged["collections"][0]["label"], "Nätverksmöten",
            "the site's change"
        );
        let fields = merged["collections"][0]["fields"].as_array().unwrap();
        assert_eq!(
            fields.iter().filter_map(name_of).collect::<Vec<_>>(),
            ["title", "date", "rum"]
        );
        assert!(
            kept.is_empty(),
            "nothing the site changed was changed by hand: {kept:?}"
        );
    }

    #[test]
    fn a_label_changed_by_hand_is_kept_and_said_when_the_site_changes_it_too() {
        let base = generated("git-gateway", "Möten");
        let mut mine = base.clone();
        mine["collections"][0]["label"] = json!("Våra möten");
        let new = generated("git-gateway", "Nätverksmöten");
        let (merged, kept) = merge(Some(&base), &mine, &new);
        assert_eq!(merged["collections"][0]["label"], "Våra möten");
        assert_eq!(
            kept,
            [Kept {
                at: String::from("collections[moten].label"),
                why: KeptWhy::ChangedByHand
            }]
        );
    }

    #[test]
    fn what_the_site_no_longer_has_goes_unless_it_was_changed_by_hand() {
        let base = generated("git-gateway", "Möten");
        let mut new = base.clone();
        new["collections"].as_array_mut().unwrap().remove(0);
        let (merged, _) = merge(Some(&base), &base, &new);
        assert_eq!(merged["collections"].as_array().unwrap().len(), 1);

        let mut mine = base.clone();
        mine["collections"][0]["label"] = json!("Våra möten");
        let (merged, kept) = merge(Some(&base), &mine, &new);
        assert_eq!(merged["collections"][0]["label"], "Våra möten");
        assert_eq!(kept[0].why, KeptWhy::GoneButChanged);
    }

    #[test]
    fn without_a_base_nothing_in_the_file_is_changed_or_dropped() {
        let mut mine = generated("github", "Möten");
        mine["collections"]
            .as_array_mut()
            .unwrap()
            .push(json!({"name": "egen", "label": "Egen"}));
        let mut new = generated("git-gateway", "Nätverksmöten");
        new["site_url"] = json!("https://example.org/");
        let (merged, kept) = merge(None, &mine, &new);
        assert_eq!(merged["backend"]["name"], "github");
        assert_eq!(merged["collections"][0]["label"], "Möten");
        assert_eq!(
            merged["site_url"], "https://example.org/",
            "what is missing is added"
        );
        assert!(
            merged["collections"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c["name"] == "egen")
        );
        assert_eq!(kept.len(), 2, "{kept:?}");
    }

    #[test]
    fn a_key_removed_by_hand_stays_removed() {
        let base = generated("git-gateway", "Möten");
        let mut mine = base.clone();
        mine.as_object_mut().unwrap().shift_remove("media_folder");
        let (merged, _) = merge(Some(&base), &mine, &base);
        assert!(merged.get("media_folder").is_none());
    }
}
