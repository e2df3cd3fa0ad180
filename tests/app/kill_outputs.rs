//! Outputs are atomic: `corridor export-data` killed (SIGKILL) at random
//! moments a hundred times leaves the target either as it was or whole,
//! and the next run removes what the killed ones left behind.

use std::path::Path;
use std::time::Instant;

fn export_data(dir: &Path, input: &Path, out: &Path) -> std::process::Child {
    std::process::Command::new(env!("CARGO_BIN_EXE_corridor"))
        .args(["export-data", "--format", "csv", "--out"])
        .arg(out)
        .arg(input)
        .env("CORRIDOR_CONFIG_DIR", dir.join("config"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap()
}

/// Temporary files of `out`'s atomic writes left in its folder.
fn leftovers(out: &Path) -> Vec<String> {
    let name = out.file_name().unwrap().to_string_lossy().into_owned();
    std::fs::read_dir(out.parent().unwrap())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&format!(".{name}.")) && n.ends_with(".tmp"))
        .collect()
}

#[test]
fn export_data_killed_at_random_leaves_the_old_file_or_the_new_one_whole() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("demo.csv");
    std::fs::write(&input, corridor_core::demo::DEMO_TRACES_CSV).unwrap();
    let out = dir.path().join("out.csv");
    let old = b"an earlier export\n".to_vec();
    // The complete output, and how long a run takes.
    let started = Instant::now();
    assert!(
        export_data(dir.path(), &input, &out)
            .wait()
            .unwrap()
            .success()
    );
    let run = started.elapsed();
    let complete = std::fs::read(&out).unwrap();
    assert!(complete.len() > 1_000_000);

    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let (mut killed, mut finished) = (0, 0);
    for _ in 0..100 {
        std::fs::write(&out, &old).unwrap();
        // A moment within the run, start to end (xorshift: reproducible).
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let at = run.mul_f64((seed % 1000) as f64 / 1000.0 * 1.1);
        let mut child = export_data(dir.path(), &input, &out);
        std::thread::sleep(at);
        match child.try_wait().unwrap() {
            Some(_) => finished += 1,
            None => {
                child.kill().unwrap();
                killed += 1;
            }
        }
        child.wait().unwrap();
        let now = std::fs::read(&out).unwrap();
        assert!(
            now == old || now == complete,
            "after a kill at {at:?} the file is neither the old one nor the new one ({} bytes)",
            now.len()
        );
    }
    assert!(
        killed >= 50,
        "most runs were killed mid-way: {killed} killed, {finished} finished"
    );
    // The next run cleans up after the killed ones.
    assert!(
        export_data(dir.path(), &input, &out)
            .wait()
            .unwrap()
            .success()
    );
    assert_eq!(std::fs::read(&out).unwrap(), complete);
    assert_eq!(leftovers(&out), Vec::<String>::new());
    eprintln!("export-data: {killed} runs killed, {finished} finished, run {run:?}");
}
