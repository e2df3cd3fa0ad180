//! Offline by default: the command-line tools open no internet socket.
//! Each command runs under `strace` and every socket it creates is listed;
//! none may be an IPv4 or IPv6 one. Without strace the test says so and
//! passes, unless `CORRIDOR_REQUIRE_STRACE=1` (as CI sets it).

use std::path::Path;

/// Whether CI asks for strace and its companions (`CORRIDOR_REQUIRE_STRACE=1`):
/// then a missing tool fails a test instead of skipping it.
pub(crate) fn strace_required() -> bool {
    std::env::var_os("CORRIDOR_REQUIRE_STRACE").is_some_and(|v| v == "1")
}

/// Whether strace can trace here (installed, and ptrace allowed); with
/// `CORRIDOR_REQUIRE_STRACE=1` its absence fails instead of skipping.
pub(crate) fn strace_available() -> bool {
    let installed = std::process::Command::new("strace")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    let required = strace_required();
    assert!(
        installed || !required,
        "CORRIDOR_REQUIRE_STRACE=1 but strace is not installed"
    );
    if !installed {
        eprintln!("skipped: strace is not installed");
        return false;
    }
    // A sandbox may forbid tracing (ptrace) even to root.
    let traces = std::process::Command::new("strace")
        .args(["-f", "-qq", "-o", "/dev/null", "true"])
        .status()
        .is_ok_and(|s| s.success());
    if !traces {
        eprintln!("skipped: strace cannot trace here (ptrace is not permitted)");
    }
    traces
}

/// The socket calls of `corridor ARGS` (and its threads and children).
fn sockets_of(dir: &Path, args: &[&str]) -> Vec<String> {
    let log = dir.join("strace.log");
    let status = std::process::Command::new("strace")
        .args(["-f", "-qq", "-e", "trace=socket,connect", "-o"])
        .arg(&log)
        .arg(env!("CARGO_BIN_EXE_corridor"))
        .args(args)
        .current_dir(dir)
        .env("CORRIDOR_CONFIG_DIR", dir.join("config"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "corridor {args:?} failed");
    std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_command_line_opens_no_internet_socket() {
    if !strace_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("demo.csv"),
        corridor_core::demo::DEMO_TRACES_CSV,
    )
    .unwrap();
    let commands: [&[&str]; 7] = [
        &["check", "demo.csv"],
        &["corridors", "demo.csv", "--top", "3"],
        &["stores", "demo.csv", "--to", "MX-TAM", "--top", "3"],
        &[
            "export-data",
            "demo.csv",
            "--format",
            "geojson",
            "--out",
            "out.geojson",
        ],
        &["export-flowmap", "demo.csv", "--out", "flowmap"],
        &["export", "demo.csv", "--out", "map.png"],
        &[
            "generate",
            "--traces",
            "2000",
            "--seed",
            "1",
            "--out",
            "generated",
        ],
    ];
    for args in commands {
        let internet: Vec<String> = sockets_of(dir.path(), args)
            .into_iter()
            .filter(|line| line.contains("AF_INET"))
            .collect();
        assert!(internet.is_empty(), "corridor {args:?} opened {internet:?}");
    }
}
