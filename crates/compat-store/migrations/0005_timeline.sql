-- 0005: the facts of the dashboard's component timeline and waivers page
-- (GOVERNANCE.md 6.7), from report schema 7 on; NULL for results and
-- waivers recorded before, or of kinds without them.
-- Written once for both dialects (see 0001).

-- A library result: what became of the baseline's exported functions and
-- variables (interface_old of them; interface_compatible still there and
-- named by no breaking finding; symbols_added, symbols_removed) and the
-- compatible ratio interface_compatible / interface_old (NULL when the
-- baseline exports none), with the SONAME of each side.
ALTER TABLE check_result ADD COLUMN interface_old {int};
ALTER TABLE check_result ADD COLUMN interface_compatible {int};
ALTER TABLE check_result ADD COLUMN symbols_added {int};
ALTER TABLE check_result ADD COLUMN symbols_removed {int};
ALTER TABLE check_result ADD COLUMN compatible_ratio {real};
ALTER TABLE check_result ADD COLUMN soname_from {text};
ALTER TABLE check_result ADD COLUMN soname_to {text};

-- A waiver's ticket and the day it was made, as written in compat.toml.
ALTER TABLE waiver ADD COLUMN ticket {text};
ALTER TABLE waiver ADD COLUMN created {text};
