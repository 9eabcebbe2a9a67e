//! URI references as JSON Schema uses them: resolving a `$ref` against a base
//! URI (RFC 3986 section 5.2, the common cases), splitting off the fragment,
//! and JSON pointer escaping.

/// Whether `s` starts with a URI scheme (`http:`, `file:`, `urn:`).
pub fn has_scheme(s: &str) -> bool {
    let Some(i) = s.find(':') else { return false };
    let scheme = &s[..i];
    !scheme.is_empty()
        && scheme.as_bytes()[0].is_ascii_alphabetic()
        && scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
}

/// `uri` without its fragment, and the fragment (without `#`).
pub fn split_fragment(uri: &str) -> (&str, &str) {
    match uri.find('#') {
        Some(i) => (&uri[..i], &uri[i + 1..]),
        None => (uri, ""),
    }
}

/// Resolves `reference` against `base` (both may carry fragments; the
/// result keeps the reference's fragment).
pub fn resolve(base: &str, reference: &str) -> String {
    if has_scheme(reference) {
        return normalize(reference);
    }
    let (base_nofrag, _) = split_fragment(base);
    if reference.is_empty() {
        return base_nofrag.to_owned();
    }
    if reference.starts_with('#') {
        return format!("{base_nofrag}{reference}");
    }
    let scheme_end = base_nofrag.find(':').map_or(0, |i| i + 1);
    let (scheme, rest) = base_nofrag.split_at(scheme_end);
    if reference.starts_with("//") {
        return normalize(&format!("{scheme}{reference}"));
    }
    // The authority, when the base has one.
    let (authority, path) = match rest.strip_prefix("//") {
        Some(r) => match r.find('/') {
            Some(i) => (&rest[..i + 2], &r[i..]),
            None => (rest, ""),
        },
        None => ("", rest),
    };
    if reference.starts_with('/') {
        return normalize(&format!("{scheme}{authority}{reference}"));
    }
    let dir = match path.rfind('/') {
        Some(i) => &path[..=i],
        None => "",
    };
    normalize(&format!("{scheme}{authority}{dir}{reference}"))
}

/// Removes `.` and `..` path segments (RFC 3986 5.2.4), leaving the rest.
fn normalize(uri: &str) -> String {
    let (nofrag, frag) = split_fragment(uri);
    let frag = if uri.contains('#') {
        format!("#{frag}")
    } else {
        String::new()
    };
    let scheme_end = if has_scheme(nofrag) {
        nofrag.find(':').map_or(0, |i| i + 1)
    } else {
        0
    };
    let (scheme, rest) = nofrag.split_at(scheme_end);
    let (authority, path) = match rest.strip_prefix("//") {
        Some(r) => match r.find('/') {
            Some(i) => (&rest[..i + 2], &r[i..]),
            None => (rest, ""),
        },
        None => ("", rest),
    };
    if !path.contains("/.") && !path.starts_with('.') {
        return format!("{nofrag}{frag}");
    }
    let absolute = path.starts_with('/');
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len().saturating_sub(1);
    let mut trailing = false;
    for (i, seg) in segments.iter().enumerate() {
        match *seg {
            "." => trailing = i == last,
            ".." => {
                if out.len() > usize::from(absolute) {
                    out.pop();
                }
                trailing = i == last;
            }
            s => {
                out.push(s);
                trailing = false;
            }
        }
    }
    let mut p = out.join("/");
    if absolute && !p.starts_with('/') {
        p.insert(0, '/');
    }
    if trailing && !p.ends_with('/') {
        p.push('/');
    }
    format!("{scheme}{authority}{p}{frag}")
}

/// Decodes `%XX` escapes (a JSON pointer in a URI fragment is percent-encoded).
pub fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_owned();
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() && s.is_char_boundary(i + 3) {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// One JSON pointer token, escaped (`~` as `~0`, `/` as `~1`).
pub fn escape_token(token: &str) -> String {
    if !token.contains(['~', '/']) {
        return token.to_owned();
    }
    token.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_like_rfc3986() {
        assert_eq!(
            resolve("file:///a/b/c.json", "d.json#/x"),
            "file:///a/b/d.json#/x"
        );
        assert_eq!(
            resolve("file:///a/b/c.json", "../d.json"),
            "file:///a/d.json"
        );
        assert_eq!(
            resolve("file:///a/b/c.json#/y", "#/x"),
            "file:///a/b/c.json#/x"
        );
        assert_eq!(resolve("https://h/s/a.json", "/t.json"), "https://h/t.json");
        assert_eq!(resolve("https://h/s/a.json", "https://o/x"), "https://o/x");
        assert_eq!(resolve("urn:x", "#foo"), "urn:x#foo");
        assert_eq!(percent_decode("a%25b%7E"), "a%b~");
    }
}
