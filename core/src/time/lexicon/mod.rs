//! The word lists of the time language, one per language. The grammar (`when`, `date`,
//! `recurrence`...) reads one vocabulary; each language's words are turned into it here, word by
//! word and phrase by phrase, before the grammar sees them: "mañana a las 9 de la noche" becomes
//! "tomorrow at 9 in the night", "half past 7" becomes "7:30", "christmas eve" becomes "dec 24".
//!
//! Both languages are always accepted (people mix them in one chat); a [`Language`] hint only
//! settles the few words the two lists share with different meanings ("ago": English "2 days
//! ago", Spanish "15 ago" for August).

mod english;
mod ranges;
mod spanish;
mod time_words;

pub use time_words::{time_word, TimeWord};

pub use super::language::Language;

/// The words of a phrase (lower case, accents folded) in the grammar's vocabulary.
pub(crate) fn canonical(words: Vec<String>, hint: Option<Language>) -> Vec<String> {
    let mut words = words;
    for language in Language::ALL {
        words = match language {
            Language::Es => spanish::translate(&words, hint),
            Language::En => english::rewrite(&words),
        };
    }
    words
}

/// "mañana" -> "manana", "miércoles" -> "miercoles", "año" -> "ano": accents are optional in chat.
pub fn fold_accents(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            '’' => '\'',
            'º' | 'ª' => 'o',
            other => other,
        })
        .collect()
}

/// A number written as digits or as a word of either language, 0 to 59 ("9", "nine", "nueve").
pub(crate) fn number(word: &str) -> Option<u32> {
    if !word.is_empty() && word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()) {
        return word.parse().ok();
    }
    number_word(word)
}

/// A number word of either language (not "a", "once" or "second", which mean other things too).
pub(crate) fn number_word(word: &str) -> Option<u32> {
    let n = match word {
        "one" | "uno" | "una" | "un" => 1,
        "two" | "dos" => 2,
        "three" | "tres" => 3,
        "four" | "cuatro" => 4,
        "five" | "cinco" => 5,
        "six" | "seis" => 6,
        "seven" | "siete" => 7,
        "eight" | "ocho" => 8,
        "nine" | "nueve" => 9,
        "ten" | "diez" => 10,
        "eleven" => 11,
        "twelve" | "doce" => 12,
        "fifteen" | "quince" => 15,
        "twenty" | "veinte" => 20,
        "veinticinco" => 25,
        "thirty" | "treinta" => 30,
        _ => return None,
    };
    Some(n)
}

/// Hour and minute as the grammar writes them: "7:30".
pub(crate) fn clock_word(hour: u32, minute: u32) -> String {
    format!("{hour}:{minute:02}")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn read(phrase: &str) -> String {
        let words = phrase.split_whitespace().map(fold_accents).collect();
        canonical(words, None).join(" ")
    }

    #[test]
    fn spanish_becomes_the_grammar_vocabulary() {
        assert_eq!(read("mañana a las 9"), "tomorrow at 9");
        assert_eq!(read("mañana a la mañana"), "tomorrow in the morning");
        assert_eq!(read("pasado mañana 21hs"), "the day after tomorrow 21hs");
        assert_eq!(read("el viernes a las 19:30"), "friday at 19:30");
        assert_eq!(read("el lunes que viene 10:00"), "next monday 10:00");
        assert_eq!(read("a las 9 y media de la noche"), "at 9:30 in the night");
        assert_eq!(read("las 10 menos cuarto"), "at 9:45");
        assert_eq!(read("todos los lunes"), "every monday");
        assert_eq!(read("los martes y jueves"), "tuesdays and thursday");
        assert_eq!(read("de lunes a viernes"), "every monday tuesday wednesday thursday friday");
        assert_eq!(read("el 24 de diciembre"), "the 24 of december");
        assert_eq!(read("dentro de media hora"), "in half an hour");
        assert_eq!(read("a las once"), "at 11");
        assert_eq!(read("15 ago"), "15 aug");
    }

    #[test]
    fn english_phrasings_become_the_grammar_vocabulary() {
        assert_eq!(read("half past 7 tonight"), "7:30 tonight");
        assert_eq!(read("quarter to 8"), "7:45");
        assert_eq!(read("quarter to twelve"), "11:45");
        assert_eq!(read("8 o'clock"), "8:00");
        assert_eq!(read("christmas eve 8pm"), "dec 24 8pm");
        assert_eq!(read("new year's eve"), "dec 31");
        assert_eq!(read("a week from today 9am"), "in 1 week 9am");
        assert_eq!(read("2 days ago"), "2 days ago");
    }

    #[test]
    fn translation_is_idempotent() {
        for phrase in ["mañana a las 9 y media de la noche", "todos los lunes hasta el 31 de enero", "half past 7"] {
            let once = read(phrase);
            assert_eq!(read(&once), once, "{phrase}");
        }
    }
}
