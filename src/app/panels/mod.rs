//! The panels and windows around the map.

pub mod about_window;
pub mod annotation_editor;
pub mod bars;
pub mod charts_window;
pub mod corridors_panel;
pub mod date_dialog;
pub mod dealers_panel;
pub mod details_panel;
pub mod drop_overlay;
pub mod file_chooser_window;
pub mod filter_panel;
pub mod fold_strip;
pub mod help_windows;
pub mod mapping_dialog;
pub mod menu_bar;
pub mod open_choice;
pub mod project_dialogs;
pub mod project_menu;
pub mod report_window;
pub mod search_box;
pub mod status_bar;
pub mod tables_panel;
pub mod time_bar;
pub mod tooltip;
pub mod ttc_filter;
pub mod views_panel;
