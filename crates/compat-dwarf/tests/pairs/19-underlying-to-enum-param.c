// expect: info
// why: The reverse of 18: unsigned int parameter and result become enum level (underlying unsigned int).
// abidiff: 0 agree
//--- v1
unsigned int clamp(unsigned int l) { return l > 2 ? 2 : l; }
//--- v2
enum level { LOW, MID, HIGH };
enum level clamp(enum level l) { return l > HIGH ? HIGH : l; }
