//! The message catalogue: both languages hold the same messages, every message the code asks
//! for exists, and a date reads in the language being spoken.

use chrono::{TimeZone, Utc};
use convene_core::domain::Language;
use convene_core::text::{self, catalog};
use std::collections::BTreeSet;
use std::path::Path;

#[test]
fn both_files_read_without_errors() {
    for language in Language::ALL {
        assert!(catalog::parses(language), "core/locales/{}.ftl has syntax errors", language.code());
    }
}

#[test]
fn every_message_exists_in_both_languages() {
    let english: BTreeSet<String> = catalog::ids(Language::En).into_iter().collect();
    let spanish: BTreeSet<String> = catalog::ids(Language::Es).into_iter().collect();
    assert!(!english.is_empty(), "the English catalogue is empty");
    let only_english: Vec<_> = english.difference(&spanish).collect();
    let only_spanish: Vec<_> = spanish.difference(&english).collect();
    assert!(only_english.is_empty(), "messages missing from es.ftl: {only_english:?}");
    assert!(only_spanish.is_empty(), "messages missing from en.ftl: {only_spanish:?}");
}

/// Every `tr!("id"...)`, `say("id"...)` and `say_in(lang, "id"...)` in the workspace's code.
fn ids_used_in(dir: &Path, found: &mut BTreeSet<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            ids_used_in(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let source = std::fs::read_to_string(&path).unwrap_or_default();
            let code = source.lines().filter(|line| !line.trim_start().starts_with("//"));
            for line in code {
                for marker in ["tr!(\"", "say(\"", "say_in(language, \""] {
                    for (at, _) in line.match_indices(marker) {
                        let before = line[..at].chars().next_back();
                        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                            continue;
                        }
                        if let Some(id) = line[at + marker.len()..].split('"').next() {
                            found.insert(id.to_owned());
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut used = BTreeSet::new();
    for crate_dir in ["core/src", "bots/src", "scheduler/src", "admin/src", "src"] {
        ids_used_in(&root.join(crate_dir), &mut used);
    }
    let known: BTreeSet<String> = catalog::ids(Language::En).into_iter().collect();
    let missing: Vec<_> = used.iter().filter(|id| !known.contains(*id)).collect();
    assert!(missing.is_empty(), "asked for but not in en.ftl: {missing:?}");
}

#[test]
fn a_moment_reads_in_the_language_spoken() {
    let at = Utc.with_ymd_and_hms(2026, 12, 4, 22, 30, 0).single().expect("a valid instant");
    let zone: chrono_tz::Tz = "America/Argentina/Buenos_Aires".parse().expect("a zone");
    assert_eq!(text::when_with_zone(at, zone), "Fri 4 Dec 2026, 19:30 (America/Argentina/Buenos_Aires)");
    let spanish = text::speaking_now(Language::Es, || text::when_with_zone(at, zone));
    assert_eq!(spanish, "vie 4 dic 2026, 19:30 (America/Argentina/Buenos_Aires)");
}
