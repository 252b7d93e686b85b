//! Building the MIME message: text, HTML (escaped), attachments.

use convene_core::domain::Email;
use convene_core::Reply;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::Message;

/// The subject: the first line of the text, shortened.
fn subject(reply: &Reply) -> String {
    let first = reply.lead().unwrap_or(&reply.text).lines().next().unwrap_or("Convene");
    let mut subject: String = first.chars().take(90).collect();
    if first.chars().count() > 90 {
        subject.push('…');
    }
    subject
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn html(reply: &Reply) -> String {
    let body = reply.plain_text().lines().map(escape_html).collect::<Vec<_>>().join("<br>\n");
    format!("<!doctype html><html><body style=\"font-family:sans-serif\"><p>{body}</p></body></html>")
}

/// The whole message to `to`.
pub fn message(from: &Mailbox, to: &Email, reply: &Reply) -> Result<Message, String> {
    let to: Mailbox = to.as_str().parse().map_err(|_| "recipient address not accepted".to_string())?;
    let alternative = MultiPart::alternative()
        .singlepart(SinglePart::plain(reply.plain_text().into_owned()))
        .singlepart(SinglePart::html(html(reply)));
    let mut mixed = MultiPart::mixed().multipart(alternative);
    for file in &reply.attachments {
        let kind = ContentType::parse(&file.mime).map_err(|_| format!("bad attachment type {}", file.mime))?;
        mixed = mixed.singlepart(Attachment::new(file.name.clone()).body(file.content.clone(), kind));
    }
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(subject(reply))
        .multipart(mixed)
        .map_err(|e| format!("could not build the email: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_people_typed_is_escaped_in_the_html_part() {
        let reply = Reply::text("#1 <b>Party</b> & \"friends\"\nWhere: <script>alert(1)</script>");
        let html = html(&reply);
        assert!(html.contains("&lt;b&gt;Party&lt;/b&gt; &amp; &quot;friends&quot;"), "{html}");
        assert!(html.contains("&lt;script&gt;") && !html.contains("<script>"), "{html}");
        assert_eq!(subject(&reply), "#1 <b>Party</b> & \"friends\"", "a subject is plain text, not HTML");
    }
}
