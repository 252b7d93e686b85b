//! Just enough `multipart/form-data` parsing for messages with attachments: serenity sends the
//! JSON body as the `payload_json` part and each file as a `files[n]` part.

/// One part of a multipart body.
#[derive(Debug, Clone)]
pub(super) struct File {
    /// The form field name, e.g. `files[0]` or `payload_json`.
    pub name: String,
    pub filename: String,
    pub content_type: Option<String>,
    pub data: Vec<u8>,
}

/// The boundary of a `multipart/form-data; boundary=...` content type.
pub(super) fn boundary(content_type: &str) -> Option<String> {
    let (kind, params) = content_type.split_once(';')?;
    if !kind.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    params.split(';').find_map(|p| p.trim().strip_prefix("boundary=")).map(|b| b.trim_matches('"').to_string())
}

/// The parts of `body`, in order.
pub(super) fn parts(body: &[u8], boundary: &str) -> Vec<File> {
    let delimiter = format!("--{boundary}").into_bytes();
    let mut parts = Vec::new();
    for chunk in split(body, &delimiter).into_iter().skip(1) {
        if chunk.starts_with(b"--") {
            break; // the closing delimiter
        }
        let chunk = chunk.strip_prefix(b"\r\n").unwrap_or(chunk);
        let Some(at) = find(chunk, b"\r\n\r\n") else { continue };
        let headers = String::from_utf8_lossy(&chunk[..at]);
        let data = &chunk[at + 4..];
        let data = data.strip_suffix(b"\r\n").unwrap_or(data);
        let mut file = File { name: String::new(), filename: String::new(), content_type: None, data: data.to_vec() };
        for line in headers.lines() {
            let Some((key, value)) = line.split_once(':') else { continue };
            if key.trim().eq_ignore_ascii_case("content-type") {
                file.content_type = Some(value.trim().to_string());
            } else if key.trim().eq_ignore_ascii_case("content-disposition") {
                file.name = param(value, "name").unwrap_or_default();
                file.filename = param(value, "filename").unwrap_or_default();
            }
        }
        parts.push(file);
    }
    parts
}

/// `name="value"` from a Content-Disposition header.
fn param(header: &str, name: &str) -> Option<String> {
    header.split(';').find_map(|p| p.trim().strip_prefix(&format!("{name}=")).map(|v| v.trim_matches('"').to_string()))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn split<'a>(mut body: &'a [u8], delimiter: &[u8]) -> Vec<&'a [u8]> {
    let mut pieces = Vec::new();
    while let Some(at) = find(body, delimiter) {
        pieces.push(&body[..at]);
        body = &body[at + delimiter.len()..];
    }
    pieces.push(body);
    pieces
}
