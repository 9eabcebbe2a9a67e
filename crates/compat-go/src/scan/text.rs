//! Byte-level text helpers as Go's `unicode/utf8` and `bytes` packages
//! define them (runes decoded where Go decodes them, invalid bytes one at a
//! time), shared by the scanner and the header walk.

/// Decodes one UTF-8 rune at the start of `b`: `(rune, width)`, with
/// `None` for an invalid encoding (width 1), as `utf8.DecodeRune`.
pub(super) fn decode_rune(b: &[u8]) -> (Option<char>, usize) {
    let n = match b.first() {
        None => return (None, 0),
        Some(&c) if c < 0x80 => return (Some(c as char), 1),
        Some(&c) if c & 0xe0 == 0xc0 => 2,
        Some(&c) if c & 0xf0 == 0xe0 => 3,
        Some(&c) if c & 0xf8 == 0xf0 => 4,
        Some(_) => return (None, 1),
    };
    if b.len() < n {
        return (None, 1);
    }
    match std::str::from_utf8(&b[..n]) {
        Ok(s) => (s.chars().next(), n),
        Err(_) => (None, 1),
    }
}

/// Decodes the last rune of `b`, as `utf8.DecodeLastRune`.
fn decode_last_rune(b: &[u8]) -> (Option<char>, usize) {
    let len = b.len();
    if len == 0 {
        return (None, 0);
    }
    if b[len - 1] < 0x80 {
        return (Some(b[len - 1] as char), 1);
    }
    let lim = len.saturating_sub(4);
    let mut start = len - 1;
    while start > lim && b[start] & 0xc0 == 0x80 {
        start -= 1;
    }
    let (r, w) = decode_rune(&b[start..]);
    if start + w != len {
        return (None, 1);
    }
    (r, w)
}

/// `bytes.TrimSpace`: trims Unicode white space, decoding runes.
pub(super) fn trim_space(mut b: &[u8]) -> &[u8] {
    loop {
        match decode_rune(b) {
            (Some(c), w) if c.is_whitespace() => b = &b[w..],
            _ => break,
        }
    }
    loop {
        match decode_last_rune(b) {
            (Some(c), w) if c.is_whitespace() => b = &b[..b.len() - w],
            _ => break,
        }
    }
    b
}

/// A byte that may continue an identifier (ASCII letters and digits, `_`,
/// and every byte of a multi-byte rune).
pub(super) fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// `b` without its leading spaces and tabs.
pub(super) fn skip_blanks(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|&&c| c == b' ' || c == b'\t').count();
    &b[n..]
}

/// Where `n` first occurs in `h`.
pub(super) fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    h.windows(n.len()).position(|w| w == n)
}

/// Whether `n` occurs in `h`.
pub(super) fn contains(h: &[u8], n: &[u8]) -> bool {
    find(h, n).is_some()
}
