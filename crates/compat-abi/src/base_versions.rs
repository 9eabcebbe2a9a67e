//! Base symbol versions: the oldest version node a system library defines
//! on an architecture (`GLIBC_2.2.5` of `libc.so.6` on x86_64, `GCC_3.0` of
//! `libgcc_s.so.1`, `GLIBCXX_3.4` and `CXXABI_1.3` of `libstdc++.so.6`).
//! Every system that runs the architecture's binaries with that library has
//! it, so a library that starts needing one loads wherever it loaded
//! before. `abi diff` reads neither version's dependencies, so the versions
//! come from a table kept as data (`data/base-versions.tsv`, with the
//! sources of each row), not from the providers' version definitions.

use std::sync::OnceLock;

use compat_elf::{ElfAbi, ElfClass, Endian};

/// The rows of `data/base-versions.tsv`: machine, class, byte order,
/// library, version.
type Row = (&'static str, u8, &'static str, &'static str, &'static str);

fn table() -> &'static [Row] {
    static TABLE: OnceLock<Vec<Row>> = OnceLock::new();
    TABLE.get_or_init(|| parse(include_str!("../data/base-versions.tsv")))
}

/// Parses the table; a malformed row is a programming error the tests catch.
fn parse(text: &'static str) -> Vec<Row> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            match c.as_slice() {
                [machine, class, endian, library, version] => (
                    *machine,
                    class.parse().expect("class is 32 or 64"),
                    *endian,
                    *library,
                    *version,
                ),
                _ => panic!("base-versions.tsv: malformed row {l:?}"),
            }
        })
        .collect()
}

/// Whether `version` of `library` is a base version for binaries like
/// `abi` (its machine, class and byte order).
pub(crate) fn is_base(abi: &ElfAbi, library: &str, version: &str) -> bool {
    let class = match abi.class {
        ElfClass::Elf32 => 32,
        ElfClass::Elf64 => 64,
    };
    let endian = match abi.endian {
        Endian::Little => "little",
        Endian::Big => "big",
    };
    table().iter().any(|&(m, c, e, l, v)| {
        m == abi.machine && c == class && e == endian && l == library && v == version
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_parses_and_names_x86_64_bases() {
        let rows = table();
        assert!(rows.len() > 50);
        let has = |m: &str, l: &str, v: &str| {
            rows.iter().any(|&(rm, c, e, rl, rv)| {
                rm == m && c == 64 && e == "little" && rl == l && rv == v
            })
        };
        assert!(has("x86_64", "libc.so.6", "GLIBC_2.2.5"));
        assert!(has("x86_64", "libgcc_s.so.1", "GCC_3.0"));
        assert!(has("x86_64", "libstdc++.so.6", "GLIBCXX_3.4"));
        assert!(has("x86_64", "libstdc++.so.6", "CXXABI_1.3"));
        assert!(has("aarch64", "libc.so.6", "GLIBC_2.17"));
        // Newer than base stays out.
        assert!(!has("x86_64", "libc.so.6", "GLIBC_2.34"));
        assert!(!has("x86_64", "libstdc++.so.6", "GLIBCXX_3.4.21"));
        assert!(!has("aarch64", "libc.so.6", "GLIBC_2.2.5"));
    }
}
