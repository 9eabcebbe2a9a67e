//! Step 1 of [`scan`](super::scan): `go/build`'s import reader
//! (`readGoInfo`), which reads the leading comments, the package clause and
//! the import declarations and decides where the header ends (and whether a
//! NUL byte makes the file unreadable).

use super::text::is_ident_byte;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ReadErr {
    None,
    Syntax,
    Nul,
}

pub(super) struct ImportReader<'a> {
    pub(super) d: &'a [u8],
    pub(super) pos: usize,
    pub(super) peek: u8,
    pub(super) err: ReadErr,
    eof: bool,
    pub(super) nul_at: usize,
    pub(super) header_end: usize,
}

impl<'a> ImportReader<'a> {
    pub(super) fn new(d: &'a [u8]) -> Self {
        ImportReader {
            d,
            pos: 0,
            peek: 0,
            err: ReadErr::None,
            eof: false,
            nul_at: 0,
            header_end: 0,
        }
    }

    fn syntax_error(&mut self) {
        if self.err == ReadErr::None {
            self.err = ReadErr::Syntax;
        }
    }

    fn read_byte(&mut self) -> u8 {
        match self.d.get(self.pos) {
            Some(&c) => {
                self.pos += 1;
                if c == 0 && self.err == ReadErr::None {
                    self.err = ReadErr::Nul;
                    self.nul_at = self.pos - 1;
                }
                c
            }
            None => {
                self.eof = true;
                0
            }
        }
    }

    fn peek_byte(&mut self, skip_space: bool) -> u8 {
        if self.err != ReadErr::None {
            return 0;
        }
        let mut c = self.peek;
        if c == 0 {
            c = self.read_byte();
        }
        while self.err == ReadErr::None && !self.eof {
            if skip_space {
                match c {
                    b' ' | b'\x0c' | b'\t' | b'\r' | b'\n' | b';' => {
                        c = self.read_byte();
                        continue;
                    }
                    b'/' => {
                        c = self.read_byte();
                        if c == b'/' {
                            while c != b'\n' && self.err == ReadErr::None && !self.eof {
                                c = self.read_byte();
                            }
                        } else if c == b'*' {
                            let mut c1 = 0u8;
                            while (c != b'*' || c1 != b'/') && self.err == ReadErr::None {
                                if self.eof {
                                    self.syntax_error();
                                }
                                c = c1;
                                c1 = self.read_byte();
                            }
                        } else {
                            self.syntax_error();
                        }
                        c = self.read_byte();
                        continue;
                    }
                    _ => {}
                }
            }
            break;
        }
        self.peek = c;
        c
    }

    fn next_byte(&mut self, skip_space: bool) -> u8 {
        let c = self.peek_byte(skip_space);
        self.peek = 0;
        c
    }

    fn read_keyword(&mut self, kw: &[u8]) {
        self.peek_byte(true);
        for &k in kw {
            if self.next_byte(false) != k {
                self.syntax_error();
                return;
            }
        }
        if is_ident_byte(self.peek_byte(false)) {
            self.syntax_error();
        }
    }

    fn read_ident(&mut self) {
        let c = self.peek_byte(true);
        if !is_ident_byte(c) {
            self.syntax_error();
            return;
        }
        while is_ident_byte(self.peek_byte(false)) {
            self.peek = 0;
        }
    }

    fn read_string(&mut self) {
        match self.next_byte(true) {
            b'`' => {
                while self.err == ReadErr::None {
                    if self.next_byte(false) == b'`' {
                        break;
                    }
                    if self.eof {
                        self.syntax_error();
                    }
                }
            }
            b'"' => {
                while self.err == ReadErr::None {
                    let c = self.next_byte(false);
                    if c == b'"' {
                        break;
                    }
                    if self.eof || c == b'\n' {
                        self.syntax_error();
                    }
                    if c == b'\\' {
                        self.next_byte(false);
                    }
                }
            }
            _ => self.syntax_error(),
        }
    }

    fn read_import(&mut self) {
        let c = self.peek_byte(true);
        if c == b'.' {
            self.peek = 0;
        } else if is_ident_byte(c) {
            self.read_ident();
        }
        self.read_string();
    }

    pub(super) fn read_go_info(&mut self) {
        self.read_keyword(b"package");
        self.read_ident();
        while self.peek_byte(true) == b'i' {
            self.read_keyword(b"import");
            if self.peek_byte(true) == b'(' {
                self.next_byte(false);
                while self.peek_byte(true) != b')' && self.err == ReadErr::None {
                    self.read_import();
                }
                self.next_byte(false);
            } else {
                self.read_import();
            }
        }
        self.header_end = self.pos;
        if self.err == ReadErr::None && !self.eof {
            self.header_end = self.pos - 1;
        }
        if self.err == ReadErr::Syntax {
            self.err = ReadErr::None;
            while self.err == ReadErr::None && !self.eof {
                self.read_byte();
            }
            self.header_end = self.pos;
        }
    }
}
