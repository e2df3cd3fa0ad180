//! An Excel or OpenDocument workbook (`.xlsx`, `.xls`, `.ods` seeds), read
//! sheet by sheet into tables and imported: the zip and OLE containers,
//! calamine's readers and Corridor's bounds before them. The sheet list
//! that the app's dialog reads is tried too.
#![no_main]

use corridor_core::import::workbook::{read_workbook, sheet_list};
use corridor_fuzz::import;
use libfuzzer_sys::fuzz_target;

/// A panic inside calamine is caught by Corridor (`workbook::guarded`) and
/// becomes the file's error; libFuzzer's hook would abort on it all the
/// same. Panics anywhere else still abort: they are the findings.
fn allow_calamine_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let fuzzer_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let in_calamine = info
                .location()
                .is_some_and(|l| l.file().contains("/calamine-"));
            if !in_calamine {
                fuzzer_hook(info);
            }
        }));
    });
}

fuzz_target!(|data: &[u8]| {
    allow_calamine_panics();
    let _ = sheet_list(data);
    if let Ok(workbook) = read_workbook(data) {
        // Every sheet's text has its rows as lines.
        for sheet in &workbook.sheets {
            assert_eq!(sheet.text.matches('\n').count(), sheet.rows as usize);
        }
    }
    import(&[("book.xlsx", data)], None);
});
