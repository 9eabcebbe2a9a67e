//! Base symbol versions: the oldest version node a library defines
//! (`GLIBC_2.2.5` of `libc.so.6` on x86_64, `GCC_3.0` of `libgcc_s.so.1`,
//! `LIBFOO_1.0` of a `libfoo.so.1` whose version script starts there).
//! Every build of the library that has version definitions has it, and ld.so
//! loads a library without any (it only checks versions a file defines), so
//! a library that starts needing one loads wherever it loaded before.
//!
//! The provider decides when it is at hand: [`judge`] reads the version
//! definitions of the library the loader finds for the new side
//! ([`Provider`], found by the caller: `abi diff` searches as ld.so would,
//! under `--sysroot` when given) and takes its first node (the lowest
//! index after the BASE entry: the linker numbers nodes in version-script
//! order, oldest first). A provider's definitions cannot tell the age of the
//! head of a second chain (`CXXABI_1.3` of `libstdc++.so.6`, as old as
//! `GLIBCXX_3.4`, or `CXXABI_TM_1`, added years later), so such a head is
//! base only when the table below lists it too and the provider defines it.
//! Without a provider (a dump, a dependency not found), the table alone
//! decides: `data/base-versions.tsv`, the oldest nodes of the system
//! libraries per architecture, with the sources of each row.

use std::sync::OnceLock;

use compat_elf::{ElfAbi, ElfClass, Endian};

/// A library the new side needs, as the loader finds it for that side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provider {
    /// The NEEDED name it was found for.
    pub needed: String,
    /// Where it was found, as findings show it.
    pub path: String,
    /// The version nodes it defines, oldest first (version-definition index
    /// order), without the BASE entry that names the file.
    pub versions: Vec<String>,
    /// Those of [`Provider::versions`] that inherit no other node: the heads
    /// of its version chains.
    pub heads: Vec<String>,
}

impl Provider {
    /// The provider `abi`, found at `path` for the NEEDED name `needed`.
    pub fn new(needed: &str, path: &str, abi: &ElfAbi) -> Provider {
        let mut defs: Vec<(u16, &str, bool)> = abi
            .defined_versions()
            .map(|d| (d.index, d.name.as_str(), d.parents.is_empty()))
            .collect();
        defs.sort_unstable();
        Provider {
            needed: needed.to_owned(),
            path: path.to_owned(),
            versions: defs.iter().map(|&(_, n, _)| n.to_owned()).collect(),
            heads: defs
                .iter()
                .filter(|&&(_, _, head)| head)
                .map(|&(_, n, _)| n.to_owned())
                .collect(),
        }
    }

    /// Its oldest version node, if it defines any.
    fn oldest(&self) -> Option<&str> {
        self.versions.first().map(String::as_str)
    }

    fn defines(&self, version: &str) -> bool {
        self.versions.iter().any(|v| v == version)
    }

    fn heads(&self, version: &str) -> bool {
        self.heads.iter().any(|v| v == version)
    }
}

/// What decided whether a newly needed version is a base version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Judged<'a> {
    /// The provider's first version node.
    ProviderBase(&'a Provider),
    /// The head of another chain of the provider (a node inheriting none),
    /// base by the table.
    ChainHead(&'a Provider),
    /// The table, no provider being at hand.
    TableBase,
    /// Not a base version of the provider found: it defines the version
    /// after its first node (`defined`), or not at all.
    Newer {
        /// The provider.
        provider: &'a Provider,
        /// Whether it defines the version.
        defined: bool,
    },
    /// A provider that defines no versions, and the table does not list it.
    Unversioned(&'a Provider),
    /// No provider, and the table does not list it.
    Unknown,
}

impl Judged<'_> {
    /// Whether the version is a base version (a new need is then info).
    pub(crate) fn is_base(self) -> bool {
        matches!(
            self,
            Judged::ProviderBase(_) | Judged::ChainHead(_) | Judged::TableBase
        )
    }
}

/// Judges `version` of `library`, needed by `abi`, from its provider when
/// there is one, else from the table.
pub(crate) fn judge<'a>(
    abi: &ElfAbi,
    library: &str,
    version: &str,
    provider: Option<&'a Provider>,
) -> Judged<'a> {
    let listed = is_base(abi, library, version);
    match provider {
        // A provider without version definitions says nothing: ld.so loads
        // it whatever is needed, and the table still knows the series.
        Some(p) if p.versions.is_empty() => {
            if listed {
                Judged::TableBase
            } else {
                Judged::Unversioned(p)
            }
        }
        Some(p) if p.oldest() == Some(version) => Judged::ProviderBase(p),
        Some(p) if listed && p.heads(version) => Judged::ChainHead(p),
        Some(p) => Judged::Newer {
            provider: p,
            defined: p.defines(version),
        },
        None if listed => Judged::TableBase,
        None => Judged::Unknown,
    }
}

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

/// Whether the table lists `version` of `library` as a base version for
/// binaries like `abi` (its machine, class and byte order).
fn is_base(abi: &ElfAbi, library: &str, version: &str) -> bool {
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

    fn x86_64(needed: &[(&str, &[&str])]) -> ElfAbi {
        let mut abi: ElfAbi = serde_json::from_str(
            r#"{"dump_format":3,"file":"t.so","class":"elf64","endian":"little","machine":"x86_64","e_machine":62,"os_abi":"SYSV","file_type":"shared-object"}"#,
        )
        .expect("a minimal dump");
        abi.needed = needed.iter().map(|(f, _)| (*f).to_owned()).collect();
        abi
    }

    /// A provider defining `versions`, oldest first; those in `heads`
    /// inherit no other node.
    fn provider(needed: &str, versions: &[&str], heads: &[&str]) -> Provider {
        Provider {
            needed: needed.to_owned(),
            path: format!("/lib/{needed}"),
            versions: versions.iter().map(|v| (*v).to_owned()).collect(),
            heads: heads.iter().map(|v| (*v).to_owned()).collect(),
        }
    }

    #[test]
    fn the_providers_first_node_is_base_and_later_ones_are_not() {
        let abi = x86_64(&[("libfoo.so.1", &[])]);
        let p = provider(
            "libfoo.so.1",
            &["LIBFOO_1.0", "LIBFOO_2.0"],
            &["LIBFOO_1.0"],
        );
        assert_eq!(
            judge(&abi, "libfoo.so.1", "LIBFOO_1.0", Some(&p)),
            Judged::ProviderBase(&p)
        );
        assert_eq!(
            judge(&abi, "libfoo.so.1", "LIBFOO_2.0", Some(&p)),
            Judged::Newer {
                provider: &p,
                defined: true
            }
        );
        assert_eq!(
            judge(&abi, "libfoo.so.1", "LIBFOO_3.0", Some(&p)),
            Judged::Newer {
                provider: &p,
                defined: false
            }
        );
        // Without the provider the table does not know libfoo.
        assert_eq!(
            judge(&abi, "libfoo.so.1", "LIBFOO_1.0", None),
            Judged::Unknown
        );
    }

    #[test]
    fn the_provider_overrules_the_table_except_for_a_listed_chain_head() {
        let abi = x86_64(&[]);
        // A libgcc_s.so.1 whose first node is older than the table's base:
        // GCC_3.0, which inherits GCC_2.95, is not its base.
        let odd = provider("libgcc_s.so.1", &["GCC_2.95", "GCC_3.0"], &["GCC_2.95"]);
        assert!(!judge(&abi, "libgcc_s.so.1", "GCC_3.0", Some(&odd)).is_base());
        assert!(judge(&abi, "libgcc_s.so.1", "GCC_3.0", None).is_base());
        // libstdc++'s second chain: its head is base only by the table.
        let cxx = provider(
            "libstdc++.so.6",
            &["GLIBCXX_3.4", "GLIBCXX_3.4.1", "CXXABI_1.3", "CXXABI_TM_1"],
            &["GLIBCXX_3.4", "CXXABI_1.3", "CXXABI_TM_1"],
        );
        assert_eq!(
            judge(&abi, "libstdc++.so.6", "CXXABI_1.3", Some(&cxx)),
            Judged::ChainHead(&cxx)
        );
        assert!(!judge(&abi, "libstdc++.so.6", "CXXABI_TM_1", Some(&cxx)).is_base());
        // A table version the provider defines inside a chain is not a head.
        let inside = provider(
            "libstdc++.so.6",
            &["GLIBCXX_3.3", "CXXABI_1.2", "CXXABI_1.3"],
            &["GLIBCXX_3.3", "CXXABI_1.2"],
        );
        assert!(!judge(&abi, "libstdc++.so.6", "CXXABI_1.3", Some(&inside)).is_base());
        // A provider without version definitions leaves it to the table.
        let bare = provider("libc.so.6", &[], &[]);
        assert_eq!(
            judge(&abi, "libc.so.6", "GLIBC_2.2.5", Some(&bare)),
            Judged::TableBase
        );
        // ... and one the table does not list is not judged base.
        let other = provider("libbare.so.1", &[], &[]);
        assert_eq!(
            judge(&abi, "libbare.so.1", "BARE_1", Some(&other)),
            Judged::Unversioned(&other)
        );
    }
}
