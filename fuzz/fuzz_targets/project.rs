//! The project file reader: any text as a `.corridor` file. A project that
//! parses must give its import options and briefing, and save to JSON that
//! reads back as the same project.
#![no_main]

use std::path::Path;

use corridor_core::project::parse_project;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let path = Path::new("/cases/brief.corridor");
    let Ok(project) = parse_project(text, path) else {
        return;
    };
    let _ = project.import.options();
    let _ = project.briefing();
    let saved = project.to_json().expect("a parsed project serialises");
    let again = parse_project(&saved, path).expect("a saved project reads back");
    let resaved = again.to_json().expect("a parsed project serialises");
    assert_eq!(saved, resaved, "a project changes when saved and read back");
});
