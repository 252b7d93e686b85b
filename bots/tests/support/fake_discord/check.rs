//! What Discord checks before accepting a body: answered 400 `Invalid Form Body` (code 50035)
//! with the `errors` tree serenity turns into `DiscordJsonError::errors`.

use super::locales::localizations;
use serde_json::{json, Value};

/// One complaint: the path in the body (`embeds.0.title`), Discord's code and message.
pub(super) type Problem = (String, &'static str, String);

/// The `{"code":50035,"errors":{...},"message":"Invalid Form Body"}` body for `problems`.
pub(super) fn invalid_form(problems: &[Problem]) -> Value {
    let mut errors = json!({});
    for (path, code, message) in problems {
        let mut node = &mut errors;
        for key in path.split('.') {
            node = node.as_object_mut().expect("an object").entry(key).or_insert_with(|| json!({}));
        }
        let list = node.as_object_mut().expect("an object").entry("_errors").or_insert_with(|| json!([]));
        list.as_array_mut().expect("a list").push(json!({"code": code, "message": message}));
    }
    json!({"code": 50035, "errors": errors, "message": "Invalid Form Body"})
}

fn chars(value: &Value) -> usize {
    value.as_str().map_or(0, |s| s.chars().count())
}

fn too_long(problems: &mut Vec<Problem>, path: String, value: &Value, max: usize) {
    if chars(value) > max {
        problems.push((path, "BASE_TYPE_MAX_LENGTH", format!("Must be {max} or fewer in length.")));
    }
}

pub(super) fn bad_length(problems: &mut Vec<Problem>, path: String, value: &Value, min: usize, max: usize) {
    let n = chars(value);
    if !value.is_string() || n < min || n > max {
        problems.push((path, "BASE_TYPE_BAD_LENGTH", format!("Must be between {min} and {max} in length.")));
    }
}

fn list(value: &Value) -> &[Value] {
    value.as_array().map_or(&[], Vec::as_slice)
}

/// A message body (create, edit, interaction response or follow-up) against Discord's limits.
pub(super) fn message(body: &Value) -> Vec<Problem> {
    let mut problems = Vec::new();
    too_long(&mut problems, "content".into(), &body["content"], 2000);
    let embeds = list(&body["embeds"]);
    if embeds.len() > 10 {
        problems.push(("embeds".into(), "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.".into()));
    }
    let mut total = 0;
    for (i, embed) in embeds.iter().enumerate() {
        let at = |field: &str| format!("embeds.{i}.{field}");
        too_long(&mut problems, at("title"), &embed["title"], 256);
        too_long(&mut problems, at("description"), &embed["description"], 4096);
        too_long(&mut problems, at("footer.text"), &embed["footer"]["text"], 2048);
        too_long(&mut problems, at("author.name"), &embed["author"]["name"], 256);
        let fields = list(&embed["fields"]);
        if fields.len() > 25 {
            problems.push((at("fields"), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.".into()));
        }
        for (j, field) in fields.iter().enumerate() {
            bad_length(&mut problems, at(&format!("fields.{j}.name")), &field["name"], 1, 256);
            bad_length(&mut problems, at(&format!("fields.{j}.value")), &field["value"], 1, 1024);
            total += chars(&field["name"]) + chars(&field["value"]);
        }
        total += ["title", "description"].iter().map(|k| chars(&embed[*k])).sum::<usize>();
        total += chars(&embed["footer"]["text"]) + chars(&embed["author"]["name"]);
    }
    if total > 6000 {
        problems.push(("embeds".into(), "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000".into()));
    }
    components(&body["components"], &mut problems);
    let allowed = &body["allowed_mentions"];
    for what in ["users", "roles"] {
        let parsed = list(&allowed["parse"]).iter().any(|p| p == what);
        if parsed && !list(&allowed[what]).is_empty() {
            let message = format!("parse:[\"{what}\"] and {what}: [ids...] are mutually exclusive.");
            problems.push(("allowed_mentions".into(), "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE", message));
        }
    }
    problems
}

/// Action rows of buttons and select menus (components v1).
fn components(rows: &Value, problems: &mut Vec<Problem>) {
    let rows = list(rows);
    if rows.len() > 5 {
        problems.push(("components".into(), "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.".into()));
    }
    let mut ids: Vec<&str> = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let inner = list(&row["components"]);
        if row["type"] != 1 || inner.is_empty() || inner.len() > 5 {
            let message = "Action rows hold 1 to 5 components".to_string();
            problems.push((format!("components.{i}.components"), "BASE_TYPE_BAD_LENGTH", message));
        }
        for (j, component) in inner.iter().enumerate() {
            let at = |field: &str| format!("components.{i}.components.{j}.{field}");
            let kind = component["type"].as_u64().unwrap_or(0);
            let link = kind == 2 && component["style"] == 5;
            if !link {
                bad_length(problems, at("custom_id"), &component["custom_id"], 1, 100);
                if let Some(id) = component["custom_id"].as_str() {
                    if ids.contains(&id) {
                        problems.push((
                            at("custom_id"),
                            "COMPONENT_CUSTOM_ID_DUPLICATED",
                            "Component custom id cannot be duplicated".into(),
                        ));
                    }
                    ids.push(id);
                }
            }
            match kind {
                2 => {
                    too_long(problems, at("label"), &component["label"], 80);
                    if link && !component["url"].is_string() {
                        problems.push((at("url"), "BASE_TYPE_REQUIRED", "This field is required".into()));
                    }
                }
                3..=8 if inner.len() > 1 => {
                    let message = "A select menu must be alone in its action row".to_string();
                    problems.push((at("type"), "COMPONENT_LAYOUT_WIDTH_EXCEEDED", message));
                }
                3 => {
                    let options = list(&component["options"]);
                    if options.is_empty() || options.len() > 25 {
                        problems.push((
                            at("options"),
                            "BASE_TYPE_BAD_LENGTH",
                            "Must be between 1 and 25 in length.".into(),
                        ));
                    }
                    for (k, option) in options.iter().enumerate() {
                        bad_length(problems, at(&format!("options.{k}.label")), &option["label"], 1, 100);
                        bad_length(problems, at(&format!("options.{k}.value")), &option["value"], 1, 100);
                    }
                }
                4..=8 => {}
                _ => problems.push((
                    at("type"),
                    "UNION_TYPE_CHOICES",
                    "Value of field \"type\" must be one of (2, 3, 4, 5, 6, 7, 8).".into(),
                )),
            }
        }
    }
}

/// A modal (callback type 9).
pub(super) fn modal(data: &Value) -> Vec<Problem> {
    let mut problems = Vec::new();
    bad_length(&mut problems, "data.custom_id".into(), &data["custom_id"], 1, 100);
    bad_length(&mut problems, "data.title".into(), &data["title"], 1, 45);
    let rows = list(&data["components"]);
    if rows.is_empty() || rows.len() > 5 {
        problems.push(("data.components".into(), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.".into()));
    }
    for (i, row) in rows.iter().enumerate() {
        let inputs = list(&row["components"]);
        if inputs.len() != 1 || inputs[0]["type"] != 4 {
            problems.push((
                format!("data.components.{i}"),
                "MODAL_ROW_INVALID",
                "A modal row holds one text input".into(),
            ));
            continue;
        }
        let at = |field: &str| format!("data.components.{i}.components.0.{field}");
        bad_length(&mut problems, at("custom_id"), &inputs[0]["custom_id"], 1, 100);
        bad_length(&mut problems, at("label"), &inputs[0]["label"], 1, 45);
        too_long(&mut problems, at("value"), &inputs[0]["value"], 4000);
    }
    problems
}

/// Autocomplete choices (callback type 8).
pub(super) fn choices(data: &Value) -> Vec<Problem> {
    let mut problems = Vec::new();
    let choices = list(&data["choices"]);
    if choices.len() > 25 {
        problems.push(("data.choices".into(), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.".into()));
    }
    for (i, choice) in choices.iter().enumerate() {
        bad_length(&mut problems, format!("data.choices.{i}.name"), &choice["name"], 1, 100);
        too_long(&mut problems, format!("data.choices.{i}.value"), &choice["value"], 100);
    }
    problems
}

/// A command or option name: 1-32 letters, digits, `-` or `_`, lower case where it has a case.
fn name(problems: &mut Vec<Problem>, path: String, value: &Value) {
    let text = value.as_str().unwrap_or("");
    let ok = (1..=32).contains(&text.chars().count())
        && text.chars().all(|c| (c.is_alphanumeric() || c == '-' || c == '_') && c.to_lowercase().eq([c]));
    if !ok {
        problems.push((path, "APPLICATION_COMMAND_INVALID_NAME", format!("Command name is invalid: {text:?}")));
    }
}

/// A bulk overwrite of commands: names, descriptions, option counts and order, size.
pub(super) fn commands(body: &Value) -> Vec<Problem> {
    let mut problems = Vec::new();
    let Some(commands) = body.as_array() else {
        return vec![(String::new(), "ARRAY_TYPE_CONVERT", "Expected an array".into())];
    };
    let slash = commands.iter().filter(|c| c["type"].as_u64().unwrap_or(1) == 1).count();
    if slash > 100 {
        problems.push((String::new(), "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.".into()));
    }
    for (i, command) in commands.iter().enumerate() {
        let (before, kind) = (problems.len(), command["type"].as_u64().unwrap_or(1));
        if commands[..i].iter().any(|c| c["name"] == command["name"] && c["type"].as_u64().unwrap_or(1) == kind) {
            problems.push((
                format!("{i}.name"),
                "APPLICATION_COMMANDS_DUPLICATE_NAME",
                "Application command names must be unique".into(),
            ));
        }
        if kind == 1 {
            name(&mut problems, format!("{i}.name"), &command["name"]);
            bad_length(&mut problems, format!("{i}.description"), &command["description"], 1, 100);
            localizations(
                &mut problems,
                format!("{i}.description_localizations"),
                &command["description_localizations"],
            );
        }
        let size = options(&command["options"], &format!("{i}.options"), &mut problems);
        if problems.len() == before && size + chars(&command["name"]) + chars(&command["description"]) > 8000 {
            problems.push((
                i.to_string(),
                "APPLICATION_COMMAND_TOO_LARGE",
                "Command exceeds maximum size (8000)".into(),
            ));
        }
    }
    problems
}

/// Checks options (recursively); returns the characters they add to the command's size.
fn options(options: &Value, path: &str, problems: &mut Vec<Problem>) -> usize {
    let options = list(options);
    if options.len() > 25 {
        problems.push((path.into(), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.".into()));
    }
    let (mut size, mut optional_seen) = (0, false);
    for (i, option) in options.iter().enumerate() {
        let at = |field: &str| format!("{path}.{i}.{field}");
        name(problems, at("name"), &option["name"]);
        bad_length(problems, at("description"), &option["description"], 1, 100);
        localizations(problems, at("description_localizations"), &option["description_localizations"]);
        size += chars(&option["name"]) + chars(&option["description"]);
        let kind = option["type"].as_u64().unwrap_or(0);
        if !(1..=11).contains(&kind) {
            problems.push((at("type"), "UNION_TYPE_CHOICES", "Value must be one of 1-11.".into()));
        }
        if kind <= 2 {
            size += self::options(&option["options"], &at("options"), problems);
            continue;
        }
        let required = option["required"] == true;
        if required && optional_seen {
            problems.push((
                at("required"),
                "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                "Required options must be placed before non-required options".into(),
            ));
        }
        optional_seen |= !required;
        let choices = list(&option["choices"]);
        if choices.len() > 25 {
            problems.push((at("choices"), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.".into()));
        }
        if option["autocomplete"] == true && !choices.is_empty() {
            problems.push((
                at("autocomplete"),
                "APPLICATION_COMMAND_AUTOCOMPLETE_INVALID",
                "Autocomplete cannot be set with choices".into(),
            ));
        }
        for (j, choice) in choices.iter().enumerate() {
            bad_length(problems, at(&format!("choices.{j}.name")), &choice["name"], 1, 100);
            too_long(problems, at(&format!("choices.{j}.value")), &choice["value"], 100);
            size += chars(&choice["name"]) + chars(&choice["value"]);
        }
    }
    size
}
