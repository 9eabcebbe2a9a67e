//! Member type changes that keep every byte in place but change what the
//! bytes mean, which a layout comparison calls aliases: the C library's time
//! structs of other units (`struct timespec` counts nanoseconds in its
//! second member, `struct timeval` microseconds), and a `std::atomic`
//! wrapper added to or dropped from a member code outside the class reads.

use compat_report::Severity;

use crate::equiv::Equiv;
use crate::model::Member;

/// Pairs of C library structs with one layout and different units.
const UNITS: &[(&str, &str, &str)] = &[
    (
        "struct timespec",
        "struct timeval",
        "tv_nsec counts nanoseconds and tv_usec microseconds",
    ),
    (
        "struct itimerspec",
        "struct itimerval",
        "their timespec members count nanoseconds and their timeval members microseconds",
    ),
];

/// A change between two member types with the same layout that is not a
/// mere respelling, with its severity and reason; `None` for a respelling.
pub(super) fn changed(eq: &mut Equiv<'_>, o: &Member, n: &Member) -> Option<(Severity, String)> {
    let ok = eq.record_key(true, &o.ty);
    let nk = eq.record_key(false, &n.ty);
    // `std::atomic<T>` made `T` or the reverse: the same bytes, but code
    // compiled into consumers and the library's own now access them
    // differently (atomic operations against plain loads and stores). Not
    // for a private member, which only the class's own functions touch.
    let atomic = |k: &Option<String>| k.as_deref().is_some_and(is_std_atomic);
    if atomic(&ok) != atomic(&nk) && !o.private && !n.private {
        return Some((
            Severity::Warning,
            "the layout is the same, but one side accesses it atomically and the other with plain loads and stores, so updates from the library's threads and old binaries' inline code may race".to_owned(),
        ));
    }
    let (ok, nk) = (ok?, nk?);
    UNITS
        .iter()
        .find(|(a, b, _)| (ok == *a && nk == *b) || (ok == *b && nk == *a))
        .map(|(_, _, why)| {
            (
                Severity::Breaking,
                format!(
                    "the layout is the same but the units are not ({why}), so existing binaries' values are read a thousand times too large or too small"
                ),
            )
        })
}

/// A `std::atomic<T>` record key (`struct std::atomic<int>`).
fn is_std_atomic(key: &str) -> bool {
    let name = key.split_once(' ').map_or(key, |(_, n)| n);
    name.starts_with("std::atomic<")
}
