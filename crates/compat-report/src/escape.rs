//! Escaping of strings that come from inputs (DT_NEEDED and symbol names,
//! file names, Go paths, messages that quote them) before they reach a
//! terminal or a Markdown page.
//!
//! A crafted library or file name must not clear the terminal, set its
//! title (OSC), move the cursor, reorder what is shown (bidi overrides) or
//! forge a line of compat's own output (`\n0 breaking`). So every character
//! that a terminal acts on is written as a visible escape, and a literal
//! backslash is doubled so that an escape is never ambiguous:
//!
//! | character | written as |
//! |---|---|
//! | `\n`, `\r`, `\t` | `\n`, `\r`, `\t` |
//! | other C0 controls (U+0000–U+001F), DEL (U+007F) | `\x1b`, `\x7f`, … |
//! | C1 controls (U+0080–U+009F) | `\u{9b}`, … |
//! | bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) | `\u{202e}`, … |
//! | `\` | `\\` |
//!
//! [`text`] is that escaping; the text renderer applies it to every string of
//! the report at once ([`report`]), before adding its own colour codes.
//! [`markdown_text`] and [`markdown_code`] add what Markdown needs on top, so
//! that an input string can neither break a table nor inject markup or HTML.
//! [`xml`] does the same for JUnit XML: the visible escapes of [`text`], then
//! XML's own (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;`), so that the result is
//! safe as element text and as an attribute value, and carries no character
//! XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF): a parser would reject the
//! whole file for one such character in a symbol name.
//! JSON, SARIF and GitLab Code Quality need none of this: serde_json writes every C0 control,
//! `"` and `\` as an escape, and the JSON renderers also write DEL, C1
//! controls and bidi controls as `\uXXXX` (the same string once parsed).

use std::borrow::Cow;
use std::fmt::Write;

use crate::report::Report;

/// Whether `c` is written as an escape by [`text`].
pub fn is_escaped(c: char) -> bool {
    matches!(c, '\\' | '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}') || is_bidi_control(c)
}

/// The bidi embedding, override and isolate controls, which reorder the
/// characters after them on the terminal (Trojan Source).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `s` with every control character written as a visible escape (see the
/// module documentation); borrowed when there is nothing to escape.
pub fn text(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_escaped) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{0}'..='\u{1f}' | '\u{7f}' => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if is_escaped(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `s` escaped with [`text`] and then for inline Markdown (a table cell, a
/// list item, a quoted line): every character that could start markup or
/// HTML (`` ` `` `*` `[` `]` `<` `~` `&` `\`, `_` unless between two letters
/// or digits) and the table's `|` are
/// backslash-escaped, as is a first character that could start a block
/// (`#` `>` `-` `+` `=`, or the `.`/`)` of `1.`). The page shows the
/// characters themselves.
pub fn markdown_text(s: &str) -> String {
    let s = text(s);
    let mut out = String::with_capacity(s.len() + 8);
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let mut prev: Option<char> = None;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let block_start = (i == 0 && matches!(c, '#' | '>' | '-' | '+' | '='))
            || (digits > 0 && i == digits && matches!(c, '.' | ')'));
        // An underscore between two letters or digits cannot emphasize.
        let inner_underscore = c == '_'
            && prev.is_some_and(char::is_alphanumeric)
            && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if block_start
            || (c == '_' && !inner_underscore)
            || matches!(c, '\\' | '`' | '*' | '[' | ']' | '<' | '~' | '&' | '|')
        {
            out.push('\\');
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

/// `s` escaped with [`text`] and written as a Markdown code span that shows
/// it verbatim: the fence is one backtick longer than the longest run of
/// backticks in it (with a space inside when it starts or ends with one),
/// and `|` is escaped so that a table cell does not end inside it.
pub fn markdown_code(s: &str) -> String {
    let s = text(s);
    let mut longest = 0;
    let mut run = 0;
    for c in s.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if s.is_empty() || s.starts_with('`') || s.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{}{pad}{fence}", s.replace('|', "\\|"))
}

/// `s` escaped with [`text`] and then for XML 1.0, as element text or as an
/// attribute value in either quotes: `&`, `<`, `>`, `"` and `'` become
/// entity references, and the two non-characters XML cannot carry (U+FFFE,
/// U+FFFF; [`text`] already wrote every control as a visible escape) are
/// written as visible escapes too. Borrowed when there is nothing to escape.
pub fn xml(s: &str) -> Cow<'_, str> {
    let s = text(s);
    let escaped = match xml_visible(&s) {
        Cow::Owned(o) => Some(o),
        Cow::Borrowed(_) => None,
    };
    escaped.map_or(s, Cow::Owned)
}

/// `s`, a string with no control character left (escaped with [`text`],
/// or JSON with its escapes such as a counterexample), escaped for XML
/// only, as [`xml`] escapes after [`text`]: backslashes are kept as they
/// are. Borrowed when there is nothing to escape.
pub fn xml_visible(s: &str) -> Cow<'_, str> {
    if !s
        .chars()
        .any(|c| matches!(c, '&' | '<' | '>' | '"' | '\'' | '\u{fffe}' | '\u{ffff}'))
    {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\u{fffe}' | '\u{ffff}' => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `report` with every string that can come from an input escaped with
/// [`text`] (messages, every subject field, notes, errors, inputs); borrowed
/// when nothing needs escaping. Rule ids, severities and the command are
/// compat's own; `extra` is not rendered as text.
pub fn report(report: &Report) -> Cow<'_, Report> {
    let opt = |s: &Option<String>| s.as_deref().is_some_and(needs);
    let any = report.inputs.iter().any(|s| needs(s))
        || report.components.iter().any(|c| {
            needs(&c.name)
                || [&c.baseline, &c.version_from, &c.version_to]
                    .into_iter()
                    .any(opt)
                || c.promises
                    .iter()
                    .any(|p| needs(&p.name) || needs(&p.detail))
        })
        || report.notes.iter().any(|s| needs(s))
        || report.shown_names.values().any(|s| needs(s))
        || report
            .errors
            .iter()
            .any(|e| needs(&e.file) || needs(&e.message))
        || report.findings.iter().any(|f| {
            let s = &f.subject;
            needs(&f.message)
                || opt(&f.group)
                || opt(&f.waiver)
                || f.location.as_ref().is_some_and(|l| needs(&l.path))
                || [
                    &s.file,
                    &s.object,
                    &s.symbol,
                    &s.demangled,
                    &s.version,
                    &s.library,
                    &s.old_file,
                    &s.new_file,
                    &s.old_value,
                    &s.new_value,
                    &s.component,
                    &s.type_name,
                    &s.member,
                    &s.package,
                    &s.target,
                    &s.id,
                ]
                .into_iter()
                .any(opt)
                || s.chain.iter().chain(&s.symbols).any(|x| needs(x))
        });
    if !any {
        return Cow::Borrowed(report);
    }
    let mut r = report.clone();
    let fix = |s: &mut String| {
        if let Cow::Owned(e) = text(s) {
            *s = e;
        }
    };
    let fix_opt = |s: &mut Option<String>| {
        if let Some(s) = s {
            fix(s);
        }
    };
    r.inputs.iter_mut().for_each(fix);
    for c in &mut r.components {
        fix(&mut c.name);
        for o in [&mut c.baseline, &mut c.version_from, &mut c.version_to] {
            fix_opt(o);
        }
        for p in &mut c.promises {
            fix(&mut p.name);
            fix(&mut p.detail);
        }
    }
    r.notes.iter_mut().for_each(fix);
    r.shown_names.values_mut().for_each(fix);
    for e in &mut r.errors {
        fix(&mut e.file);
        fix(&mut e.message);
    }
    for f in &mut r.findings {
        fix(&mut f.message);
        fix_opt(&mut f.group);
        fix_opt(&mut f.waiver);
        if let Some(l) = &mut f.location {
            fix(&mut l.path);
        }
        let s = &mut f.subject;
        for o in [
            &mut s.file,
            &mut s.object,
            &mut s.symbol,
            &mut s.demangled,
            &mut s.version,
            &mut s.library,
            &mut s.old_file,
            &mut s.new_file,
            &mut s.old_value,
            &mut s.new_value,
            &mut s.component,
            &mut s.type_name,
            &mut s.member,
            &mut s.package,
            &mut s.target,
            &mut s.id,
        ] {
            fix_opt(o);
        }
        s.chain.iter_mut().for_each(fix);
        s.symbols.iter_mut().for_each(fix);
    }
    Cow::Owned(r)
}

fn needs(s: &str) -> bool {
    s.chars().any(is_escaped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escapes_controls_visibly() {
        assert_eq!(text("plain"), Cow::Borrowed("plain"));
        assert_eq!(
            text("a\x1b]0;pwned\x07\x1b[2J\n0 breaking\r\t"),
            "a\\x1b]0;pwned\\x07\\x1b[2J\\n0 breaking\\r\\t"
        );
        assert_eq!(
            text("\0\x7f\u{80}\u{9b}\u{9f}"),
            "\\x00\\x7f\\u{80}\\u{9b}\\u{9f}"
        );
        assert_eq!(
            text("\u{202a}\u{202e}\u{2066}\u{2069}"),
            "\\u{202a}\\u{202e}\\u{2066}\\u{2069}"
        );
        // Unambiguous: a literal backslash is doubled.
        assert_eq!(text("a\\x1b"), "a\\\\x1b");
        // Not controls: printable Unicode, the byte-order mark, U+00A0.
        assert!(matches!(text("é ü\u{a0}\u{feff}"), Cow::Borrowed(_)));
        for c in (0u32..0x11_0000).filter_map(char::from_u32) {
            let e = text(c.encode_utf8(&mut [0; 4])).into_owned();
            assert!(
                !e.chars().any(|d| d.is_control() || is_bidi_control(d)),
                "{c:?} -> {e:?}"
            );
        }
    }

    #[test]
    fn markdown_text_escapes_markup() {
        assert_eq!(markdown_text("a | b"), "a \\| b");
        assert_eq!(
            markdown_text("<img src=x> **b** [l](u) `c` ~~s~~ &lt; _e_"),
            "\\<img src=x> \\*\\*b\\*\\* \\[l\\](u) \\`c\\` \\~\\~s\\~\\~ \\&lt; \\_e\\_"
        );
        assert_eq!(markdown_text("# h"), "\\# h");
        assert_eq!(markdown_text("> q"), "\\> q");
        assert_eq!(markdown_text("- x"), "\\- x");
        assert_eq!(markdown_text("12. x"), "12\\. x");
        assert_eq!(markdown_text("a\nb"), "a\\\\nb");
        assert_eq!(markdown_text("a -> b"), "a -> b");
        assert_eq!(markdown_text("x_weak _y z_"), "x_weak \\_y z\\_");
    }

    #[test]
    fn xml_escapes_markup_and_every_character_xml_cannot_carry() {
        assert_eq!(xml("plain"), Cow::Borrowed("plain"));
        assert_eq!(
            xml("<a href=\"x\">&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;"
        );
        assert_eq!(xml("a\x1b[2J\n\u{fffe}"), "a\\x1b[2J\\n\\u{fffe}");
        // Every character comes out as one XML 1.0 allows, and none that a
        // terminal acts on.
        for c in (0u32..0x11_0000).filter_map(char::from_u32) {
            let e = xml(c.encode_utf8(&mut [0; 4])).into_owned();
            assert!(
                e.chars().all(
                    |d| matches!(d, '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
                        && !d.is_control()
                        && !is_bidi_control(d)
                ),
                "{c:?} -> {e:?}"
            );
        }
    }

    #[test]
    fn markdown_code_fences_any_content() {
        assert_eq!(markdown_code("libx.so.1"), "`libx.so.1`");
        assert_eq!(markdown_code("a`b"), "``a`b``");
        assert_eq!(markdown_code("`a``"), "``` `a`` ```");
        assert_eq!(markdown_code("a|b"), "`a\\|b`");
        assert_eq!(markdown_code("a\x1b[2J"), "`a\\x1b[2J`");
        assert_eq!(markdown_code(""), "`  `");
    }
}
