// expect: info
// why: The parameter and result change from enum level (underlying unsigned int) to unsigned int: the same
// why: 4-byte unsigned value in the same register; a C symbol carries no types, so calls are unaffected.
// abidiff: 0 agree
//--- v1
enum level { LOW, MID, HIGH };
enum level clamp(enum level l) { return l > HIGH ? HIGH : l; }
//--- v2
unsigned int clamp(unsigned int l) { return l > 2 ? 2 : l; }
