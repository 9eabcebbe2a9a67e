//! One module per command; [`dispatch`] routes the parsed command line.

mod abi_check;
mod abi_diff;
mod abi_dump;
mod check;
mod cli_surface;
mod config;
mod dashboard;
mod go;
mod governance;
mod history;
mod index;
mod init;
mod meta;
mod metrics;
mod openapi;
mod schema;
mod types;

use crate::cli::{
    AbiCommand, BaselineCommand, Cli, CliCommand, Command, ConfigCommand, DashboardCommand,
    GoCommand, HistoryCommand, IndexCommand, OpenapiCommand, SchemaCommand, WaiversCommand,
};

/// Runs the command and returns the exit status.
pub fn dispatch(cli: Cli) -> anyhow::Result<u8> {
    match cli.command {
        Command::Abi(AbiCommand::Dump { file, types, out }) => abi_dump::run(&file, &types, &out),
        Command::Abi(AbiCommand::Diff {
            old,
            new,
            types,
            old_public_headers,
            sysroot,
            out,
        }) => abi_diff::run(
            &old,
            &new,
            &types,
            old_public_headers.as_deref(),
            sysroot.as_deref(),
            &out,
        ),
        Command::Abi(AbiCommand::Check {
            files,
            libs,
            library_path,
            sysroot,
            standalone,
            out,
        }) => abi_check::run(
            &files,
            &libs,
            &library_path,
            sysroot.as_deref(),
            standalone,
            &out,
        ),
        Command::Go(GoCommand::Buildtags {
            paths,
            go_version,
            fix,
            diff,
            out,
        }) => {
            let mode = if fix {
                compat_go::buildtags::Mode::Fix
            } else if diff {
                compat_go::buildtags::Mode::Diff
            } else {
                compat_go::buildtags::Mode::Lint
            };
            go::buildtags(&paths, go_version.as_deref(), mode, &out)
        }
        Command::Go(GoCommand::Targets {
            paths,
            targets,
            all_targets,
            tags,
            go_version,
            cgo,
            no_cgo,
            compiler,
            out,
        }) => {
            let cgo = if cgo {
                Some(true)
            } else if no_cgo {
                Some(false)
            } else {
                None
            };
            go::targets(
                &paths,
                &targets,
                all_targets,
                &tags,
                go_version.as_deref(),
                cgo,
                &compiler,
                &out,
            )
        }
        Command::Go(GoCommand::Cgo {
            paths,
            takes_ownership,
            out,
        }) => go::cgo(&paths, &takes_ownership, &out),
        Command::Go(GoCommand::Exports {
            path,
            lib,
            baseline,
            out,
        }) => go::exports(&path, &lib, baseline.as_deref(), &out),
        Command::Go(GoCommand::Upgrade {
            paths,
            to,
            from,
            out,
        }) => go::upgrade(&paths, &to, from.as_deref(), &out),
        Command::Openapi(OpenapiCommand::Diff(args)) => openapi::diff(&args),
        Command::Cli(CliCommand::Diff {
            old,
            new,
            window,
            today,
            input_format,
            out,
        }) => cli_surface::diff(&old, &new, &window, today.as_deref(), input_format, &out),
        Command::Cli(CliCommand::Surface {
            own,
            from,
            input_format,
            output,
            check,
            max_depth,
            max_commands,
            timeout,
            help_flag,
            program,
        }) => cli_surface::surface(&cli_surface::SurfaceArgs {
            own,
            from: from.as_deref(),
            input_format,
            output: output.as_deref(),
            check,
            limits: compat_cli_surface::probe::ProbeLimits {
                max_depth,
                max_commands,
            },
            timeout: std::time::Duration::from_secs(timeout),
            help_flag: &help_flag,
            program: &program,
        }),
        Command::Schema(SchemaCommand::Diff {
            old,
            new,
            mode,
            against,
            policy,
            ref_map,
            nullable,
            out,
        }) => schema::diff(&schema::DiffArgs {
            old: &old,
            new: &new,
            mode,
            against: &against,
            policy,
            ref_map: &ref_map,
            nullable,
            out: &out,
        }),
        Command::Index(IndexCommand::Build {
            paths,
            files_from,
            index,
            standalone,
            out,
        }) => index::build(&paths, files_from.as_deref(), &index, standalone, &out),
        Command::Index(IndexCommand::Export(args)) => index::export(&args),
        Command::Impact(args) => index::impact(&args),
        Command::Check(args) => check::run(&args),
        Command::Baseline(BaselineCommand::Update {
            components,
            project,
            check,
            accept_breaking,
            reason,
            owner,
            findings,
            grow,
            version,
        }) => governance::baseline_update(
            &components,
            &project,
            check,
            reason.as_deref().filter(|_| accept_breaking),
            owner.as_deref(),
            findings,
            grow,
            version.as_deref(),
        ),
        Command::Waivers(WaiversCommand::Prune { project, dry_run }) => {
            governance::waivers_prune(&project, dry_run)
        }
        Command::Waivers(WaiversCommand::Renew {
            id,
            until,
            reason,
            project,
        }) => governance::waivers_renew(&id, &until, &reason, &project),
        Command::History(HistoryCommand::Import { reports, store }) => {
            history::import(&reports, &store)
        }
        Command::History(HistoryCommand::Prune { keep_days, store }) => {
            history::prune(keep_days, &store)
        }
        Command::History(HistoryCommand::Runs {
            project,
            limit,
            store,
            out,
        }) => history::runs(project.as_deref(), limit, &store, &out),
        Command::Serve(args) => dashboard::serve(&args),
        Command::Dashboard(DashboardCommand::Build { dashboard, output }) => {
            dashboard::build(&dashboard, &output)
        }
        Command::Metrics(args) => metrics::run(&args),
        Command::ExplainFingerprint {
            fingerprint,
            project,
        } => governance::explain_fingerprint(&fingerprint, &project),
        Command::Config(ConfigCommand::Check { config }) => config::check(config.config.as_deref()),
        Command::Config(ConfigCommand::Show { config, format }) => {
            config::show(config.config.as_deref(), format)
        }
        Command::Init { dir, force } => init::init(dir.as_deref(), force),
        Command::Rules { out } => meta::rules(&out),
        Command::Explain { rule, out } => meta::explain(&rule, &out),
        Command::Completions { shell } => meta::completions(shell),
        Command::Man => meta::man(),
    }
}
