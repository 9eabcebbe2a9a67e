//! The HTTP/1.1 subset the dashboard needs: a request head read within
//! bounds (at most [`MAX_HEAD_BYTES`], each read within [`READ_TIMEOUT`],
//! the whole head within [`HEAD_DEADLINE`]), GET and HEAD only, no body,
//! one request per connection (`Connection: close`); and responses that
//! always carry the Content-Security-Policy and the other security headers.

use std::io::{Read, Write};
use std::time::{Duration, Instant};

/// The largest request head accepted (request line and headers).
pub const MAX_HEAD_BYTES: usize = 16 * 1024;
/// How long one read may wait.
pub const READ_TIMEOUT: Duration = Duration::from_secs(10);
/// How long the whole head may take to arrive.
pub const HEAD_DEADLINE: Duration = Duration::from_secs(15);
/// How long writing the response may wait.
pub const WRITE_TIMEOUT: Duration = Duration::from_secs(30);

/// The method of a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// GET.
    Get,
    /// HEAD: the headers of GET, no body.
    Head,
}

/// A request the server answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// GET or HEAD.
    pub method: Method,
    /// The path, still percent-encoded (`/c/libfoo`).
    pub path: String,
    /// The query, without `?` (empty when none).
    pub query: String,
    /// The `Accept` header, when given.
    pub accept: Option<String>,
}

impl Request {
    /// The value of query parameter `name` (the first one), not decoded.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.query
            .split('&')
            .filter_map(|kv| kv.split_once('=').or(Some((kv, ""))))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v)
    }
}

/// A response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// The status code.
    pub status: u16,
    /// The Content-Type.
    pub content_type: &'static str,
    /// Further headers.
    pub headers: Vec<(&'static str, String)>,
    /// The body (not sent for HEAD).
    pub body: Vec<u8>,
}

impl Response {
    /// A response with `body` of `content_type`.
    pub fn new(status: u16, content_type: &'static str, body: impl Into<Vec<u8>>) -> Response {
        Response {
            status,
            content_type,
            headers: Vec::new(),
            body: body.into(),
        }
    }

    /// An HTML page.
    pub fn html(body: String) -> Response {
        Response::new(200, "text/html; charset=utf-8", body)
    }

    /// A JSON document.
    pub fn json(value: &serde_json::Value) -> Response {
        let mut body = serde_json::to_vec_pretty(value).unwrap_or_default();
        body.push(b'\n');
        Response::new(200, "application/json", body)
    }

    /// A one-line plain-text error.
    pub fn error(status: u16, message: &str) -> Response {
        let line = compat_report::escape::text(message).into_owned() + "\n";
        Response::new(status, "text/plain; charset=utf-8", line)
    }
}

/// Why a request is refused before routing: the status and a message
/// (status 0: the client closed the connection without a request; nothing
/// to answer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused(pub u16, pub &'static str);

/// The reason phrase of a status.
fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        413 => "Content Too Large",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "",
    }
}

/// Reads the request head from `stream` within the bounds above.
pub fn read_head(stream: &mut impl Read) -> Result<Vec<u8>, Refused> {
    let start = Instant::now();
    let mut head = Vec::with_capacity(1024);
    let mut buf = [0u8; 4096];
    loop {
        if let Some(end) = find_end(&head) {
            head.truncate(end);
            return Ok(head);
        }
        if head.len() >= MAX_HEAD_BYTES {
            return Err(Refused(431, "request head too large"));
        }
        if start.elapsed() > HEAD_DEADLINE {
            return Err(Refused(408, "request head too slow"));
        }
        let want = buf.len().min(MAX_HEAD_BYTES + 4 - head.len());
        match stream.read(&mut buf[..want]) {
            // A connection opened and closed unused (a browser's preconnect).
            Ok(0) if head.is_empty() => return Err(Refused(0, "closed unused")),
            Ok(0) => return Err(Refused(400, "connection closed before the request ended")),
            Ok(n) => head.extend_from_slice(&buf[..n]),
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return Err(Refused(408, "request head too slow"))
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return Err(Refused(400, "cannot read the request")),
        }
    }
}

/// Where the head ends (`\r\n\r\n`, or `\n\n` from lenient clients).
fn find_end(head: &[u8]) -> Option<usize> {
    let crlf = head.windows(4).position(|w| w == b"\r\n\r\n");
    let lf = head.windows(2).position(|w| w == b"\n\n");
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Parses a request head.
pub fn parse(head: &[u8]) -> Result<Request, Refused> {
    let text = std::str::from_utf8(head).map_err(|_| Refused(400, "request head is not UTF-8"))?;
    let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    let line = lines.next().unwrap_or_default();
    let mut parts = line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(Refused(400, "malformed request line"));
    };
    if !matches!(version, "HTTP/1.1" | "HTTP/1.0") {
        return Err(Refused(505, "only HTTP/1.0 and HTTP/1.1"));
    }
    let method = match method {
        "GET" => Method::Get,
        "HEAD" => Method::Head,
        _ => return Err(Refused(405, "only GET and HEAD")),
    };
    if !target.starts_with('/') || target.bytes().any(|b| b <= b' ' || b == 0x7f) {
        return Err(Refused(400, "the target must be a path"));
    }
    let mut accept = None;
    for h in lines {
        if h.is_empty() {
            continue;
        }
        let Some((name, value)) = h.split_once(':') else {
            return Err(Refused(400, "malformed header"));
        };
        let value = value.trim();
        if name.eq_ignore_ascii_case("transfer-encoding")
            || (name.eq_ignore_ascii_case("content-length") && value != "0")
        {
            return Err(Refused(413, "a request body is not accepted"));
        }
        if name.eq_ignore_ascii_case("accept") {
            accept = Some(value.to_owned());
        }
    }
    let target = target.split('#').next().unwrap_or_default();
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    Ok(Request {
        method,
        path: path.to_owned(),
        query: query.to_owned(),
        accept,
    })
}

/// Writes `response` (its body only for GET).
pub fn write(stream: &mut impl Write, response: &Response, method: Method) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\n\
         Content-Security-Policy: {}; frame-ancestors 'none'\r\n\
         X-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n\
         X-Frame-Options: DENY\r\nCache-Control: no-store\r\nConnection: close\r\n",
        response.status,
        reason(response.status),
        response.content_type,
        response.body.len(),
        compat_dashboard::CONTENT_SECURITY_POLICY,
    );
    for (name, value) in &response.headers {
        head.push_str(name);
        head.push_str(": ");
        head.push_str(value);
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if method == Method::Get {
        stream.write_all(&response.body)?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_get_and_head_and_refuses_the_rest() {
        let r =
            parse(b"GET /c/lib%20a?format=json HTTP/1.1\r\nHost: x\r\nAccept: text/html").unwrap();
        assert_eq!(r.method, Method::Get);
        assert_eq!(r.path, "/c/lib%20a");
        assert_eq!(r.param("format"), Some("json"));
        assert_eq!(parse(b"HEAD / HTTP/1.0").unwrap().method, Method::Head);
        assert_eq!(parse(b"POST / HTTP/1.1").unwrap_err().0, 405);
        assert_eq!(parse(b"GET http://x/ HTTP/1.1").unwrap_err().0, 400);
        assert_eq!(parse(b"GET / HTTP/2").unwrap_err().0, 505);
        assert_eq!(
            parse(b"GET / HTTP/1.1\r\nContent-Length: 5").unwrap_err().0,
            413
        );
        assert_eq!(parse(b"GET  / HTTP/1.1").unwrap_err().0, 400);
    }

    #[test]
    fn the_head_is_bounded() {
        let mut big = std::io::Cursor::new(vec![b'a'; MAX_HEAD_BYTES * 2]);
        assert_eq!(read_head(&mut big).unwrap_err().0, 431);
        let mut short = std::io::Cursor::new(b"GET / HTTP/1.1\r\n".to_vec());
        assert_eq!(read_head(&mut short).unwrap_err().0, 400);
        let mut unused = std::io::Cursor::new(Vec::new());
        assert_eq!(read_head(&mut unused).unwrap_err().0, 0);
        let mut ok = std::io::Cursor::new(b"GET / HTTP/1.1\r\n\r\nrest".to_vec());
        assert_eq!(read_head(&mut ok).unwrap(), b"GET / HTTP/1.1");
    }
}
