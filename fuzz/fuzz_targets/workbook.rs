//! An Excel or OpenDocument workbook (`.xlsx`, `.xls`, `.ods` seeds), read
//! sheet by sheet into tables and imported: the zip and OLE containers,
//! calamine's readers and Corridor's bounds before them. The sheet list
//! that the app's dialog reads is tried too.
#![no_main]

use corridor_core::import::workbook::{read_workbook, sheet_list};
use corridor_fuzz::{allow_panics_inside, import};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // A panic inside calamine is caught by Corridor and is the file's error.
    allow_panics_inside("calamine-");
    let _ = sheet_list(data);
    if let Ok(workbook) = read_workbook(data) {
        // Every sheet's text has its rows as lines.
        for sheet in &workbook.sheets {
            assert_eq!(sheet.text.matches('\n').count(), sheet.rows as usize);
        }
    }
    import(&[("book.xlsx", data)], None);
});
