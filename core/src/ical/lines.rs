//! Content lines: escaping of TEXT values and folding at 75 octets (RFC 5545, 3.1 and 3.3.11).

/// Content lines being written.
#[derive(Default)]
pub struct Lines {
    /// The output so far.
    out: String,
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            '\r' => {}
            c => escaped.push(c),
        }
    }
    escaped
}

impl Lines {
    /// Writes a line as given (folded when long).
    pub fn raw(&mut self, line: &str) {
        let mut width = 0;
        for c in line.chars() {
            let size = c.len_utf8();
            if width + size > 75 {
                self.out.push_str("\r\n ");
                width = 1;
            }
            self.out.push(c);
            width += size;
        }
        self.out.push_str("\r\n");
    }

    /// Writes `NAME:value` with the value escaped as TEXT.
    pub fn text(&mut self, name: &str, value: &str) {
        self.raw(&format!("{name}:{}", escape(value)));
    }

    /// The finished content.
    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_without_splitting_characters() {
        let mut lines = Lines::default();
        lines.text("SUMMARY", &"é".repeat(60));
        let text = lines.finish();
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{line:?}");
        }
        assert_eq!(text.replace("\r\n ", "").trim_end(), format!("SUMMARY:{}", "é".repeat(60)));
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
    }
}
