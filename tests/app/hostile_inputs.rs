//! Special files given as data: `corridor check` answers at once with a
//! clear error for a named pipe, a device and a big binary file, instead of
//! hanging on the pipe or reading gigabytes.

use std::path::Path;
use std::time::{Duration, Instant};

/// Runs `corridor check --json PATH` and returns its exit code, stdout and
/// how long it took; fails the test after 20 s (a hang).
fn check(dir: &Path, path: &Path) -> (Option<i32>, String, Duration) {
    let started = Instant::now();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_corridor"))
        .args(["check", "--json"])
        .arg(path)
        .env("CORRIDOR_CONFIG_DIR", dir.join("config"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let output = child.wait_with_output().unwrap();
            return (
                status.code(),
                format!(
                    "{}{}",
                    String::from_utf8_lossy(&output.stdout),
                    String::from_utf8_lossy(&output.stderr)
                ),
                started.elapsed(),
            );
        }
        if started.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            panic!("corridor check {} hung", path.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn pipes_devices_and_binary_files_are_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut cases = vec![(std::path::PathBuf::from("/dev/zero"), "device")];
    let fifo = dir.path().join("pipe.csv");
    if std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        cases.push((fifo, "named pipe"));
    }
    // 64 MB of "compressed" data: refused after its first kilobytes.
    let big = dir.path().join("archive.csv");
    {
        use std::io::Write;
        let mut file = std::fs::File::create(&big).unwrap();
        file.write_all(&[0x1F, 0x8B, 0x08, 0x00]).unwrap();
        let block = vec![0xA5u8; 1 << 20];
        for _ in 0..64 {
            file.write_all(&block).unwrap();
        }
    }
    cases.push((big, "gzip"));
    for (path, what) in cases {
        let (code, out, took) = check(dir.path(), &path);
        assert_eq!(code, Some(1), "{}: {out}", path.display());
        assert!(out.contains(what), "{}: {out}", path.display());
        assert!(
            took < Duration::from_secs(10),
            "{} took {took:?}",
            path.display()
        );
    }
}
