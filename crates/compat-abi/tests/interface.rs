//! The interface change behind the compatible ratio
//! (`compat_abi::interface_change`), on real libraries built with gcc, in
//! both directions: removed and added functions, a variable whose size a
//! breaking finding reports, and symbols that moved from no version to a
//! default version (still bound by old programs, so still compatible).

use compat_abi::{diff, interface_change, DiffInputs};
use compat_elf::{load_abi, ElfAbi, ReadOptions};
use compat_report::check::InterfaceChange;
use compat_testkit::{have, Fixture};

static NO_PRIVATE_CLASSES: std::sync::LazyLock<std::collections::HashSet<String>> =
    std::sync::LazyLock::new(Default::default);

fn lib(fx: &Fixture, name: &str, src: &str, script: Option<&str>) -> ElfAbi {
    let mut b = fx
        .lib(&format!("libx-{name}.so"))
        .source(src)
        .soname("libx.so.1");
    if let Some(s) = script {
        b = b.version_script(s);
    }
    load_abi(&b.build(), ReadOptions::default()).unwrap()
}

fn change(old: &ElfAbi, new: &ElfAbi) -> InterfaceChange {
    let d = diff(
        old,
        new,
        &DiffInputs {
            old_file: "old",
            new_file: "new",
            private_classes: &NO_PRIVATE_CLASSES,
        },
    );
    interface_change(old, new, &d.findings)
}

const V1: &str = "int x_keep(void) { return 1; }\nint x_gone(void) { return 2; }\n\
                  int x_var = 3;\nint x_table[4];\n\
                  __attribute__((visibility(\"hidden\"))) int x_private(void) { return 4; }\n";
const V2: &str = "int x_keep(void) { return 1; }\nint x_new(void) { return 5; }\n\
                  int x_var = 3;\nint x_table[8];\n\
                  __attribute__((visibility(\"hidden\"))) int x_private(void) { return 4; }\n";

#[test]
fn removed_added_and_changed_members_in_both_directions() {
    if !have("gcc") {
        return;
    }
    let fx = Fixture::new();
    let (v1, v2) = (lib(&fx, "v1", V1, None), lib(&fx, "v2", V2, None));
    // Old: x_keep, x_gone, x_var, x_table (x_private is not exported).
    // x_gone is removed, x_table changed size (breaking): 2 of 4 compatible.
    let forward = change(&v1, &v2);
    assert_eq!(
        forward,
        InterfaceChange {
            old: 4,
            compatible: 2,
            added: 1,
            removed: 1,
        }
    );
    assert_eq!(forward.ratio(), Some(0.5));
    // Backward: x_new is removed, x_gone added, x_table shrank.
    let backward = change(&v2, &v1);
    assert_eq!(
        backward,
        InterfaceChange {
            old: 4,
            compatible: 2,
            added: 1,
            removed: 1,
        }
    );
    // Unchanged: everything compatible.
    let same = change(&v1, &v1);
    assert_eq!((same.compatible, same.added, same.removed), (4, 0, 0));
    assert_eq!(same.ratio(), Some(1.0));
}

#[test]
fn an_unversioned_symbol_now_at_a_default_version_stays_and_the_reverse_is_removed() {
    if !have("gcc") {
        return;
    }
    let fx = Fixture::new();
    let src = "int x_keep(void) { return 1; }\nint x_var = 3;\n";
    let plain = lib(&fx, "plain", src, None);
    let versioned = lib(
        &fx,
        "versioned",
        src,
        Some("LIBX_1 { global: x_keep; x_var; local: *; };"),
    );
    let up = change(&plain, &versioned);
    assert_eq!((up.old, up.compatible, up.added, up.removed), (2, 2, 0, 0));
    // Versioned to unversioned: programs ask for x_keep@LIBX_1, which is gone.
    let down = change(&versioned, &plain);
    assert_eq!(
        (down.old, down.compatible, down.added, down.removed),
        (2, 0, 0, 2)
    );
    // Nothing exported: no ratio.
    assert_eq!(InterfaceChange::default().ratio(), None);
}
