//! Member type changes that keep every byte in place but change what the
//! bytes mean, which a layout comparison calls aliases: the C library's time
//! structs of other units (`struct timespec` counts nanoseconds in its
//! second member, `struct timeval` microseconds).

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
    let ok = eq.record_key(true, &o.ty)?;
    let nk = eq.record_key(false, &n.ty)?;
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
