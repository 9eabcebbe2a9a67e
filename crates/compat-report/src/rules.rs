//! The rule catalog: every finding compat can report, with its stable id,
//! severity and documentation.
//!
//! Each rule's documentation lives in `rules/<id>.md` beside this crate and is
//! compiled in; a test checks that every file is registered here and every
//! entry has its file.

use crate::finding::Severity;
use crate::report::Verdict;

/// One rule of the catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable id, used in every output format and by `compat explain`.
    pub id: &'static str,
    /// The command family that reports it (`abi diff`, `abi check`).
    pub command: &'static str,
    /// Default severity of its findings (a check may report one finding
    /// milder, through [`crate::Finding::set_severity`]; `[policy.rules]`
    /// overrides it for a project).
    pub severity: Severity,
    /// The smallest semantic-version bump a finding of this rule calls for
    /// when it is reported at its catalog severity (a milder finding calls
    /// for a patch at most).
    pub bump: Verdict,
    /// One-line summary.
    pub summary: &'static str,
    /// Full documentation in Markdown: what it finds, why it matters, an example, what to do.
    pub docs: &'static str,
}

macro_rules! rules {
    ($($id:literal, $cmd:literal, $sev:ident, $bump:ident, $summary:literal;)*) => {
        /// Every rule, sorted by id.
        pub static RULES: &[Rule] = &[
            $(Rule {
                id: $id,
                command: $cmd,
                severity: Severity::$sev,
                bump: Verdict::$bump,
                summary: $summary,
                docs: include_str!(concat!("../rules/", $id, ".md")),
            },)*
        ];
    };
}

rules! {
    "abi-architecture-changed", "abi diff", Breaking, Major, "ELF class, byte order or machine changed";
    "abi-constructor-explicit-changed", "abi diff", Info, Patch, "a C++ constructor or conversion became explicit, or stopped being (source-level only)";
    "abi-default-version-changed", "abi diff", Info, Minor, "a symbol got a new default version; the old one stays as a hidden alias";
    "abi-enum-scope-changed", "abi diff", Info, Patch, "an enum became an enum class, or the reverse (source-level only)";
    "abi-enum-underlying-type-changed", "abi diff", Warning, Patch, "an enum's underlying integer type changed signedness (or encoding) at the same size";
    "abi-enumerator-added", "abi diff", Info, Minor, "an enum gained an enumerator with a new value";
    "abi-enumerator-removed", "abi diff", Breaking, Major, "an enumerator was removed";
    "abi-enumerator-renamed", "abi diff", Info, Patch, "an enumerator was renamed, keeping its value and place in the list (source-level only)";
    "abi-enumerator-value-changed", "abi diff", Breaking, Major, "an enumerator changed value, or a new one took an old value";
    "abi-member-added", "abi diff", Info, Minor, "a struct or union gained a member without changing its size or existing offsets";
    "abi-member-made-private", "abi diff", Info, Patch, "a public or protected member of a C++ class was made private (source-level only)";
    "abi-member-offset-changed", "abi diff", Breaking, Major, "a member of a struct or union moved";
    "abi-member-removed", "abi diff", Breaking, Major, "a member of a struct or union was removed";
    "abi-member-type-changed", "abi diff", Breaking, Major, "a member of a struct or union changed type or bit-field width";
    "abi-needed-added", "abi diff", Info, Patch, "a DT_NEEDED dependency was added";
    "abi-needed-removed", "abi diff", Info, Patch, "a DT_NEEDED dependency was removed";
    "abi-object-size-changed", "abi diff", Breaking, Major, "the size of an exported data object changed";
    "abi-param-added", "abi diff", Breaking, Major, "an exported function takes more parameters";
    "abi-param-removed", "abi diff", Breaking, Major, "an exported function takes fewer parameters";
    "abi-param-type-changed", "abi diff", Breaking, Major, "a parameter of an exported function changed type";
    "abi-return-type-changed", "abi diff", Breaking, Major, "an exported function's return type changed";
    "abi-soname-changed", "abi diff", Breaking, Major, "the SONAME changed";
    "abi-symbol-added", "abi diff", Info, Minor, "a symbol (or a new version of it) is now exported";
    "abi-symbol-binding-local", "abi diff", Breaking, Major, "an exported symbol became local";
    "abi-symbol-binding-weakened", "abi diff", Warning, Patch, "an exported symbol's binding went from GLOBAL to WEAK";
    "abi-symbol-default-removed", "abi diff", Warning, Major, "a symbol is left only as a hidden version: old binaries work, new programs cannot link it";
    "abi-symbol-hidden", "abi diff", Breaking, Major, "an exported symbol's visibility became hidden or internal";
    "abi-symbol-removed", "abi diff", Breaking, Major, "an exported symbol was removed";
    "abi-symbol-type-changed", "abi diff", Breaking, Major, "a symbol's type changed (function, object, TLS, IFUNC)";
    "abi-symbol-version-removed", "abi diff", Breaking, Major, "a symbol is no longer defined at a version old binaries bind to";
    "abi-symbol-visibility-protected", "abi diff", Warning, Patch, "an exported symbol became protected (no longer interposable)";
    "abi-type-made-internal", "abi diff", Info, Patch, "a struct or union moved from a public header into the library's sources or an internal header (source-level only)";
    "abi-type-opaque", "abi diff", Breaking, Major, "a struct, union or enum lost its definition";
    "abi-type-passing-changed", "abi diff", Breaking, Major, "a class passed by value is now passed through a hidden reference, or the reverse";
    "abi-type-size-changed", "abi diff", Breaking, Major, "a struct, union, enum or base type changed size";
    "abi-typedef-retargeted", "abi diff", Breaking, Major, "a typedef names a different type";
    "abi-variable-type-changed", "abi diff", Breaking, Major, "an exported variable changed type";
    "abi-variadic-changed", "abi diff", Breaking, Major, "an exported function became variadic or stopped being variadic";
    "abi-version-need-added", "abi diff", Warning, Patch, "the library now needs a version its dependencies may not have";
    "abi-version-node-added", "abi diff", Info, Minor, "a version node was added";
    "abi-version-node-removed", "abi diff", Breaking, Major, "a version node was removed";
    "abi-vtable-order-changed", "abi diff", Breaking, Major, "a C++ virtual function moved to another vtable slot, was removed, or was inserted";
    "baseline-entry-stale", "check", Info, Patch, "a findings-baseline entry no longer matches anything";
    "cli-arg-added", "cli diff", Info, Minor, "a command takes a new optional positional argument";
    "cli-arg-removed", "cli diff", Breaking, Major, "a positional argument a command took is gone";
    "cli-choice-added", "cli diff", Info, Minor, "a flag or argument with listed values accepts more of them";
    "cli-choice-removed", "cli diff", Breaking, Major, "a flag or argument no longer accepts a value it listed";
    "cli-command-added", "cli diff", Info, Minor, "a command or subcommand was added";
    "cli-command-alias-removed", "cli diff", Breaking, Major, "a command no longer answers to one of its aliases";
    "cli-command-removed", "cli diff", Breaking, Major, "a command or subcommand was removed or renamed";
    "cli-default-changed", "cli diff", Breaking, Major, "a flag or argument's default value changed";
    "cli-deprecated", "cli diff", Info, Minor, "an element was deprecated: the day its window ends";
    "cli-deprecation-backdated", "cli diff", Breaking, Major, "a deprecation's announcement day moved earlier, shortening its window";
    "cli-deprecation-undated", "cli diff", Warning, Patch, "an element was deprecated without a day, so its window never starts";
    "cli-env-removed", "cli diff", Breaking, Major, "a flag or argument no longer reads an environment variable";
    "cli-flag-added", "cli diff", Info, Minor, "an optional flag was added";
    "cli-flag-alias-removed", "cli diff", Breaking, Major, "a flag no longer answers to one of its long names";
    "cli-flag-removed", "cli diff", Breaking, Major, "a flag was removed or renamed";
    "cli-flag-short-removed", "cli diff", Breaking, Major, "a flag lost its short name, or the short name now means another flag";
    "cli-removed-after-window", "cli diff", Info, Major, "a deprecated element was removed after its deprecation window (allowed; callers still using it break)";
    "cli-required-added", "cli diff", Breaking, Major, "a flag or positional argument is newly required";
    "cli-type-changed", "cli diff", Breaking, Major, "a flag or argument takes another kind of value";
    "compat-output-truncated", "output", Info, Patch, "a SARIF log was cut to code scanning's upload limits; the most severe results were kept";
    "deprecation-due", "check", Info, Patch, "a deprecated item's window has ended and it is still there";
    "deprecation-marker-missing", "check", Warning, Patch, "a deprecated item carries no deprecation marker in its source";
    "deprecation-removed", "check", Info, Patch, "a deprecated item was removed after its window ended";
    "deprecation-removed-early", "check", Breaking, Patch, "a deprecated item was removed before its window ended";
    "deprecation-window-shortened", "check", Breaking, Patch, "a deprecation's removal date is earlier than its floor or than before";
    "go-build-malformed", "go buildtags", Breaking, Patch, "a //go:build line Go does not recognise (space after //), so the file builds everywhere";
    "go-build-misplaced", "go buildtags", Breaking, Patch, "a //go:build line Go ignores (after the package clause or a /* */ comment)";
    "go-build-multiple", "go buildtags", Breaking, Patch, "more than one //go:build line; go/build rejects the file";
    "go-build-syntax", "go buildtags", Breaking, Patch, "a //go:build expression that does not parse; the build fails";
    "go-build-too-complex", "go buildtags", Warning, Patch, "a //go:build expression that cannot be written as +build lines for Go < 1.17";
    "go-build-unsatisfiable", "go buildtags", Breaking, Patch, "a constraint no GOOS/GOARCH can satisfy; the file never builds";
    "go-cgo-cbytes-not-freed", "go cgo", Warning, Patch, "a C.CBytes result that is not freed on some path";
    "go-cgo-cstring-not-freed", "go cgo", Warning, Patch, "a C.CString result that is not freed on some path";
    "go-cgo-export-returns-go-pointer", "go cgo", Breaking, Patch, "an //export function that returns a Go pointer to C";
    "go-cgo-go-pointer-passed", "go cgo", Breaking, Patch, "a C function gets a pointer to Go memory that holds an unpinned Go pointer";
    "go-cgo-go-pointer-stored", "go cgo", Breaking, Patch, "a Go pointer written into C memory without being pinned";
    "go-cgo-pinner-not-unpinned", "go cgo", Breaking, Patch, "a runtime.Pinner goes out of reach with pins left (no Unpin on some path)";
    "go-export-directive-ignored", "go cgo", Warning, Patch, "an export directive cgo ignores without a word (// export, //Export, a blank line before func)";
    "go-export-kind-changed", "go exports", Breaking, Major, "an exported symbol changed kind (function or data) against the baseline";
    "go-export-missing-name", "go buildtags", Breaking, Patch, "an //export comment without a name";
    "go-export-name-mismatch", "go buildtags", Breaking, Patch, "an //export name that differs from the function below it";
    "go-export-removed", "go exports", Breaking, Major, "an export of the baseline library is gone";
    "go-export-undeclared", "go exports", Info, Minor, "the library exports a symbol no //export declares";
    "go-export-undefined", "go exports", Breaking, Major, "an //export NAME missing from the c-shared library";
    "go-export-without-cgo", "go buildtags", Warning, Patch, "an //export comment in a file that does not import \"C\"";
    "go-file-version-pinned", "go upgrade", Warning, Patch, "a //go:build go1.N line keeps a file at old loop semantics after the go line moves past 1.22";
    "go-filename-contradicts", "go buildtags", Breaking, Patch, "the file name's _GOOS/_GOARCH suffix contradicts its //go:build line";
    "go-godebug-default-change", "go upgrade", Warning, Patch, "a GODEBUG setting whose default changes with the go line, in a package the program imports";
    "go-godebug-misplaced", "go upgrade", Warning, Patch, "a //go:debug line the go command ignores (outside package main, or after the package clause)";
    "go-godebug-removed", "go upgrade", Breaking, Patch, "a //go:debug or godebug line for a setting the new release removed: the build fails";
    "go-godebug-unknown", "go upgrade", Warning, Patch, "a //go:debug or godebug line whose setting the new release does not know: the build fails";
    "go-import-excluded", "go targets", Breaking, Patch, "a package that builds for a target imports one whose files are all excluded for it";
    "go-loopvar-heap-alloc", "go upgrade", Info, Patch, "a loop variable whose address escapes: from go1.22 it is allocated per iteration (allocation counts change, behaviour does not)";
    "go-loopvar-semantics-change", "go upgrade", Breaking, Patch, "a loop variable that outlives its iteration: from go1.22 each iteration has its own, and the program sees different values";
    "go-package-excluded", "go targets", Warning, Patch, "build constraints exclude all Go files of a package for a target";
    "go-plus-build-invalid-tag", "go buildtags", Warning, Patch, "a +build term with a double negation or a non-alphanumeric tag";
    "go-plus-build-malformed", "go buildtags", Warning, Patch, "a comment that looks like a +build line but is not one";
    "go-plus-build-mismatch", "go buildtags", Breaking, Patch, "+build lines that do not mean the same as the //go:build line";
    "go-plus-build-misplaced", "go buildtags", Warning, Patch, "a +build line Go ignores (not followed by a blank line, or not in the header)";
    "go-plus-build-obsolete", "go buildtags", Info, Patch, "+build lines in a module at go 1.18 or later";
    "go-plus-build-only", "go buildtags", Warning, Patch, "+build lines without a //go:build line";
    "go-plus-build-spelling", "go buildtags", Info, Patch, "+build lines that mean the same as //go:build but are not spelled as gofmt writes them";
    "go-tag-misspelt", "go buildtags", Warning, Patch, "a tag one edit away from a known GOOS or GOARCH";
    "go-toolchain-dependent-build", "go upgrade", Warning, Patch, "whether a file builds (or at which version) depends on the Go release that builds the module";
    "go-toolchain-requirement", "go upgrade", Warning, Patch, "what the new go line demands of toolchains (older ones refuse the module) and of the go line itself (dependencies)";
    "go-version-tag-invalid", "go buildtags", Breaking, Patch, "a Go release tag that is not a valid version (go1.20.1, go120)";
    "impact-copy-relocation-size", "impact", Breaking, Patch, "a consumer copies an object whose size differs in the candidate provider";
    "impact-symbol-missing", "impact", Breaking, Patch, "a symbol a consumer binds to the provider is not defined by the candidate";
    "impact-type-changed", "impact", Breaking, Patch, "a type change of the candidate reaches a function or variable a consumer binds";
    "impact-version-missing", "impact", Breaking, Patch, "a version a consumer needs from the provider is not defined by the candidate";
    "ld-copy-relocation-size", "abi check", Breaking, Patch, "a copy-relocated object has a different size in the library";
    "ld-host-symbol-provided", "abi check", Info, Patch, "a library nothing in the scan loads leaves symbols to its host, and a file in the scan provides them all";
    "ld-host-symbol-unresolved", "abi check", Warning, Patch, "a library nothing in the scan loads leaves symbols to a host that no file in the scan provides";
    "ld-library-invalid", "abi check", Breaking, Patch, "the file found for a NEEDED library is not a loadable ELF file";
    "ld-library-loader-path", "abi check", Warning, Patch, "a NEEDED library found only in the scan, off ld.so's default search path (its loader's RPATH/RUNPATH)";
    "ld-library-not-found", "abi check", Breaking, Patch, "a NEEDED library cannot be found";
    "ld-no-version-information", "abi check", Warning, Patch, "a library that should define versions defines none";
    "ld-symbol-unresolved", "abi check", Breaking, Patch, "a symbol reference binds to no definition";
    "ld-version-not-found", "abi check", Breaking, Patch, "a required symbol version is not defined by the library";
    "ld-weak-version-not-found", "abi check", Warning, Patch, "a weakly required symbol version is not defined by the library";
    "openapi-callback-added", "openapi diff", Info, Minor, "an operation gained a callback (the server calls clients back)";
    "openapi-callback-removed", "openapi diff", Breaking, Major, "an operation's callback (or one of its operations) was removed";
    "openapi-operation-added", "openapi diff", Info, Minor, "an operation was added";
    "openapi-operation-deprecated", "openapi diff", Info, Patch, "an operation was marked deprecated";
    "openapi-operation-id-changed", "openapi diff", Warning, Patch, "an operation's operationId changed";
    "openapi-operation-removed", "openapi diff", Breaking, Major, "an operation was removed without being deprecated first";
    "openapi-operation-removed-deprecated", "openapi diff", Warning, Major, "a deprecated operation was removed after its window";
    "openapi-operation-removed-early", "openapi diff", Breaking, Major, "a deprecated operation was removed before its deprecation window ended";
    "openapi-parameter-added", "openapi diff", Info, Minor, "an optional parameter was added";
    "openapi-parameter-added-required", "openapi diff", Breaking, Major, "a required parameter was added";
    "openapi-parameter-became-optional", "openapi diff", Info, Patch, "a required parameter became optional";
    "openapi-parameter-became-required", "openapi diff", Breaking, Major, "an optional parameter became required";
    "openapi-parameter-deprecated", "openapi diff", Info, Patch, "a parameter was marked deprecated";
    "openapi-parameter-removed", "openapi diff", Warning, Patch, "a parameter was removed";
    "openapi-parameter-removed-deprecated", "openapi diff", Warning, Major, "a deprecated parameter was removed after its window";
    "openapi-parameter-removed-early", "openapi diff", Breaking, Major, "a deprecated parameter was removed before its deprecation window ended";
    "openapi-parameter-serialization-changed", "openapi diff", Breaking, Major, "a parameter's style or explode changed";
    "openapi-property-deprecated", "openapi diff", Info, Patch, "a request or response property was marked deprecated";
    "openapi-property-removed-deprecated", "openapi diff", Warning, Major, "a deprecated request or response property was removed after its window";
    "openapi-property-removed-early", "openapi diff", Breaking, Major, "a deprecated request or response property was removed before its deprecation window ended";
    "openapi-request-body-added-required", "openapi diff", Breaking, Major, "a required request body was added";
    "openapi-request-body-became-optional", "openapi diff", Info, Patch, "the request body became optional";
    "openapi-request-body-became-required", "openapi diff", Breaking, Major, "the request body became required";
    "openapi-request-body-removed", "openapi diff", Breaking, Major, "an operation's request body (or a webhook's payload) was removed";
    "openapi-request-combination-narrowed", "openapi diff", Breaking, Major, "a request schema's anyOf/oneOf/not/if accepts less (an alternative removed or narrowed)";
    "openapi-request-constraint-tightened", "openapi diff", Breaking, Major, "a request schema's bound tightened or was introduced";
    "openapi-request-enum-narrowed", "openapi diff", Breaking, Major, "a request schema's enum lost a value, or a request value became an enum";
    "openapi-request-media-type-added", "openapi diff", Info, Minor, "a request body media type was added";
    "openapi-request-media-type-removed", "openapi diff", Breaking, Major, "a request body media type was removed";
    "openapi-request-property-removed", "openapi diff", Warning, Major, "a property was removed from a request schema";
    "openapi-request-property-required", "openapi diff", Breaking, Major, "a request property became required, or a required one was added";
    "openapi-request-schema-changed", "openapi diff", Info, Patch, "a compatible change to a request schema";
    "openapi-request-type-changed", "openapi diff", Breaking, Major, "a request schema's type or format changed incompatibly";
    "openapi-response-combination-extended", "openapi diff", Breaking, Major, "a response schema's anyOf/oneOf/not/if allows more (an alternative added or widened)";
    "openapi-response-constraint-loosened", "openapi diff", Warning, Patch, "a response schema's bound loosened or was dropped";
    "openapi-response-enum-widened", "openapi diff", Warning, Patch, "a response schema's enum gained a value (or was dropped)";
    "openapi-response-header-added", "openapi diff", Info, Minor, "a response header was added";
    "openapi-response-header-became-optional", "openapi diff", Breaking, Major, "a required response header became optional";
    "openapi-response-header-removed", "openapi diff", Breaking, Major, "a response header was removed";
    "openapi-response-media-type-added", "openapi diff", Info, Minor, "a response media type was added";
    "openapi-response-media-type-removed", "openapi diff", Breaking, Major, "a response media type was removed";
    "openapi-response-property-optional", "openapi diff", Breaking, Major, "a required response property became optional";
    "openapi-response-property-removed", "openapi diff", Breaking, Major, "a property was removed from a response schema";
    "openapi-response-schema-changed", "openapi diff", Info, Patch, "a compatible change to a response schema";
    "openapi-response-status-added", "openapi diff", Info, Minor, "a response status code was added";
    "openapi-response-status-removed", "openapi diff", Info, Patch, "a non-success response status code was removed";
    "openapi-response-success-removed", "openapi diff", Breaking, Major, "a success response status code was removed";
    "openapi-response-type-changed", "openapi diff", Breaking, Major, "a response schema's type or format changed incompatibly";
    "openapi-schema-not-compared", "openapi diff", Warning, Patch, "a schema change compat could not decide (a pattern with lookaround, alternatives no document tells apart)";
    "openapi-security-alternative-added", "openapi diff", Info, Minor, "an operation accepts a new way to authenticate";
    "openapi-security-alternative-removed", "openapi diff", Breaking, Major, "a way to authenticate is no longer accepted";
    "openapi-security-scheme-added", "openapi diff", Info, Minor, "a security scheme was added";
    "openapi-security-scheme-changed", "openapi diff", Breaking, Major, "a security scheme changed what clients must send";
    "openapi-security-scheme-removed", "openapi diff", Warning, Patch, "a security scheme was removed";
    "openapi-security-scheme-scope-removed", "openapi diff", Breaking, Major, "an OAuth scope was removed from a security scheme";
    "openapi-security-scope-added", "openapi diff", Breaking, Major, "an operation needs an OAuth scope it did not need";
    "openapi-server-added", "openapi diff", Info, Minor, "a server URL was added";
    "openapi-server-removed", "openapi diff", Warning, Patch, "a server URL was removed";
    "openapi-sunset-earlier", "openapi diff", Breaking, Major, "an operation's, parameter's or property's sunset moved earlier";
    "openapi-sunset-invalid", "openapi diff", Warning, Patch, "a sunset that is not a date";
    "openapi-sunset-later", "openapi diff", Info, Patch, "an operation's, parameter's or property's sunset moved later";
    "openapi-sunset-set", "openapi diff", Info, Patch, "an operation, parameter or property deprecated already was given its first sunset";
    "openapi-sunset-too-soon", "openapi diff", Warning, Patch, "a new deprecation's or a newly set sunset (operation, parameter, property) is sooner than its window allows";
    "openapi-webhook-added", "openapi diff", Info, Minor, "a webhook was added";
    "openapi-webhook-removed", "openapi diff", Breaking, Major, "a webhook was removed";
    "policy-semver-violated", "check", Breaking, Patch, "the changes need a larger version bump than the component's version change allows";
    "policy-soname-not-bumped", "check", Breaking, Patch, "a breaking ABI change keeps the library's SONAME";
    "policy-waiver-exceeded", "check", Breaking, Patch, "a waiver matches more findings than its `max_matches`";
    "policy-waiver-expired", "check", Breaking, Patch, "a waiver's expiry date has passed";
    "policy-waiver-expiring", "check", Warning, Patch, "a waiver expires within `waiver_warn_days`";
    "policy-waiver-too-long", "check", Breaking, Patch, "a waiver's expiry is further away than `max_waiver_days`";
    "policy-waiver-unused", "check", Warning, Patch, "a waiver matches no finding";
    "schema-additional-properties-extended", "schema diff", Breaking, Major, "undeclared properties are allowed more than before (breaks forward compatibility)";
    "schema-additional-properties-narrowed", "schema diff", Breaking, Major, "undeclared properties are restricted more than before (additionalProperties or unevaluatedProperties)";
    "schema-combination-extended", "schema diff", Breaking, Major, "a combinator accepts a document it rejected before (breaks forward compatibility)";
    "schema-combination-narrowed", "schema diff", Breaking, Major, "anyOf, oneOf, not, if/then/else or a false schema rejects a document valid before";
    "schema-dependency-added", "schema diff", Breaking, Major, "a dependentRequired or dependentSchemas constraint was added";
    "schema-dependency-removed", "schema diff", Breaking, Major, "a dependency constraint was removed (breaks forward compatibility)";
    "schema-enum-extended", "schema diff", Breaking, Major, "an enum allows more values (breaks forward compatibility)";
    "schema-enum-narrowed", "schema diff", Breaking, Major, "an allowed value is no longer allowed (enum or const narrowed)";
    "schema-file-removed", "check", Breaking, Major, "a schema file a json-schema promise covers was removed (data written under it can no longer be validated when read)";
    "schema-format-changed", "schema diff", Warning, Patch, "a string format was added or changed (breaks only where validators assert formats)";
    "schema-items-extended", "schema diff", Breaking, Major, "array items are allowed more (breaks forward compatibility)";
    "schema-items-narrowed", "schema diff", Breaking, Major, "array items are restricted more (items or prefixItems closed, additionalItems false, contains added)";
    "schema-length-extended", "schema diff", Breaking, Major, "string length limits relaxed (breaks forward compatibility)";
    "schema-length-narrowed", "schema diff", Breaking, Major, "strings must be shorter or longer than before (maxLength lowered, minLength raised)";
    "schema-pattern-extended", "schema diff", Breaking, Major, "a string pattern was removed or relaxed (breaks forward compatibility)";
    "schema-pattern-narrowed", "schema diff", Breaking, Major, "a string pattern was added or changed and rejects a string valid before";
    "schema-property-added", "schema diff", Breaking, Major, "a property was declared where the old content model was open (strict policy), or added to a closed model (forward)";
    "schema-property-names-extended", "schema diff", Breaking, Major, "propertyNames allows more names (breaks forward compatibility)";
    "schema-property-names-narrowed", "schema diff", Breaking, Major, "propertyNames rejects a property name valid before";
    "schema-property-removed", "schema diff", Breaking, Major, "a property was removed from a closed content model, or from an open one where the old schema constrained it";
    "schema-range-extended", "schema diff", Breaking, Major, "a numeric range grew (breaks forward compatibility)";
    "schema-range-narrowed", "schema diff", Breaking, Major, "a numeric range shrank (minimum raised, maximum lowered, bound made exclusive, multipleOf added)";
    "schema-required-added", "schema diff", Breaking, Major, "a property became required";
    "schema-required-removed", "schema diff", Breaking, Major, "a required property became optional (breaks forward compatibility)";
    "schema-size-extended", "schema diff", Breaking, Major, "count limits relaxed (breaks forward compatibility)";
    "schema-size-narrowed", "schema diff", Breaking, Major, "fewer or more items or properties are required (minItems, maxItems, minProperties, maxProperties, uniqueItems, minContains, maxContains)";
    "schema-type-extended", "schema diff", Breaking, Major, "a schema accepts more JSON types (breaks forward compatibility: readers on the old schema)";
    "schema-type-narrowed", "schema diff", Breaking, Major, "a schema accepts fewer JSON types (a type removed, number became integer)";
    "schema-undecided", "schema diff", Warning, Patch, "compat could not decide whether a change breaks (a pattern no automaton represents, not, a limit): never a silent pass";
}

/// Names other tools give a rule's difference, one per line of
/// `rules/aliases.tsv`: `rule-id<TAB>tool<TAB>name` (`#` starts a comment).
/// Users moving from a schema registry or an API differ find compat's rule
/// under the name they know (`compat explain TYPE_NARROWED`).
static ALIASES: &str = include_str!("../rules/aliases.tsv");

/// One alias of a rule: the tool that uses the name, and the name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Alias {
    /// The rule's id in compat's catalog.
    pub rule: &'static str,
    /// The tool whose name this is (`confluent`, `oasdiff`, ...).
    pub tool: &'static str,
    /// The tool's name for the difference.
    pub name: &'static str,
}

/// Every alias, in file order.
pub fn aliases() -> impl Iterator<Item = Alias> {
    ALIASES.lines().filter_map(|line| {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        let mut cols = line.split('\t');
        Some(Alias {
            rule: cols.next()?,
            tool: cols.next()?,
            name: cols.next()?,
        })
    })
}

/// The aliases of the rule `id`.
pub fn aliases_of(id: &str) -> impl Iterator<Item = Alias> + '_ {
    aliases().filter(move |a| a.rule == id)
}

/// The rule named `name`: its id, or else an alias (`TYPE_NARROWED`,
/// `confluent:TYPE_NARROWED`). An alias two rules share finds neither.
pub fn lookup_name(name: &str) -> Option<&'static Rule> {
    if let Some(r) = lookup(name) {
        return Some(r);
    }
    let (tool, alias) = match name.split_once(':') {
        Some((t, a)) => (Some(t), a),
        None => (None, name),
    };
    let mut hits = aliases()
        .filter(|a| a.name == alias && tool.is_none_or(|t| t == a.tool))
        .map(|a| a.rule)
        .collect::<Vec<_>>();
    hits.sort_unstable();
    hits.dedup();
    match hits.as_slice() {
        [one] => lookup(one),
        _ => None,
    }
}

/// The rule with this id.
pub fn lookup(id: &str) -> Option<&'static Rule> {
    RULES
        .binary_search_by(|r| r.id.cmp(id))
        .ok()
        .map(|i| &RULES[i])
}

/// The bump a finding of `rule` calls for at its catalog severity
/// ([`Verdict::Patch`] for an id not in the catalog).
pub fn bump(rule: &str) -> Verdict {
    lookup(rule).map_or(Verdict::Patch, |r| r.bump)
}

/// The smallest version bump that covers `findings`: each finding's rule's
/// bump, and a patch for one reported milder than its rule (a check decided
/// the change cannot reach consumers); [`Verdict::None`] when there are none.
pub fn bump_for(findings: &[crate::Finding]) -> Verdict {
    findings
        .iter()
        .map(|f| {
            if f.downgraded() {
                Verdict::Patch
            } else {
                bump(&f.rule)
            }
        })
        .max()
        .unwrap_or(Verdict::None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_is_sorted_and_unique() {
        for w in RULES.windows(2) {
            assert!(
                w[0].id < w[1].id,
                "{} must sort before {}",
                w[0].id,
                w[1].id
            );
        }
    }

    /// Info rules that still call for a major bump: a removal the promise
    /// allows (its deprecation window ended) breaks no promise, but callers
    /// that still use the element break, and semantic versioning asks for a
    /// major release for any incompatible change.
    const ALLOWED_REMOVALS: &[&str] = &["cli-removed-after-window"];

    #[test]
    fn breaking_changes_call_for_a_major_bump_and_info_changes_for_less() {
        // State checks (`abi check`, `go buildtags`) compare nothing with a
        // baseline: fixing what they find is a patch.
        for id in ALLOWED_REMOVALS {
            let r = lookup(id).expect("a rule");
            assert_eq!(
                (r.severity, r.bump),
                (Severity::Info, Verdict::Major),
                "{id}"
            );
        }
        // `compat check` compares a json-schema component's set of files with its baseline's.
        let compares = |r: &Rule| {
            matches!(
                r.command,
                "abi diff" | "go exports" | "openapi diff" | "cli diff" | "schema diff"
            ) || r.id == "schema-file-removed"
        };
        for r in RULES {
            if !compares(r) {
                assert_eq!(r.bump, Verdict::Patch, "{}", r.id);
                continue;
            }
            match r.severity {
                Severity::Breaking => assert_eq!(r.bump, Verdict::Major, "{}", r.id),
                Severity::Info => assert!(
                    r.bump < Verdict::Major || ALLOWED_REMOVALS.contains(&r.id),
                    "{}",
                    r.id
                ),
                Severity::Warning => {}
            }
            assert_eq!(lookup(r.id), Some(r));
        }
    }

    #[test]
    fn every_alias_names_a_rule_once() {
        let mut seen = std::collections::HashSet::new();
        for (n, line) in ALIASES.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            assert_eq!(
                line.split('\t').count(),
                3,
                "aliases.tsv:{}: three columns",
                n + 1
            );
        }
        for a in aliases() {
            assert!(
                lookup(a.rule).is_some(),
                "alias {}:{} names no rule {}",
                a.tool,
                a.name,
                a.rule
            );
            assert!(!a.tool.is_empty() && !a.name.is_empty() && !a.name.contains(':'));
            assert!(
                seen.insert((a.rule, a.tool, a.name)),
                "duplicate alias {a:?}"
            );
        }
    }

    #[test]
    fn an_id_is_found_by_name_and_an_unknown_name_is_not() {
        assert_eq!(
            lookup_name("abi-symbol-removed").map(|r| r.id),
            Some("abi-symbol-removed")
        );
        assert!(lookup_name("no-such-rule").is_none());
        assert!(lookup_name("nosuchtool:abi-symbol-removed").is_none());
    }

    #[test]
    fn every_doc_file_is_registered_and_every_rule_has_its_doc() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter_map(|n| n.strip_suffix(".md").map(str::to_owned))
            .collect();
        files.sort();
        let ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        assert_eq!(files, ids);
        for r in RULES {
            let first = r.docs.lines().next().unwrap_or_default();
            assert_eq!(
                first,
                format!("# {}", r.id),
                "rules/{}.md must start with its id",
                r.id
            );
            for section in [
                "## What it finds",
                "## Why it matters",
                "## Example",
                "## What to do",
            ] {
                assert!(
                    r.docs.contains(section),
                    "rules/{}.md lacks {section:?}",
                    r.id
                );
            }
        }
    }
}
