//! The loaded data and what is derived from it once per load.

use std::sync::Arc;

use corridor_core::i18n::Lang;
use corridor_core::import::report::ImportReport;
use corridor_core::model::Dataset;
use corridor_core::render::ViewData;
use corridor_core::search::SearchIndex;

/// The data on screen, with everything built from it once per load.
pub struct LoadedData {
    /// The traces and the tables the map counts from, shared with exports
    /// and workers (a load that adds to it works on its own copy).
    pub view_data: ViewData,
    /// Dealers, towns, trace ids and serials, for the search box.
    pub search: Arc<SearchIndex>,
    /// How the import went.
    pub report: ImportReport,
    /// Shown in the status bar, e.g. "Demo data (synthetic)", in the
    /// language of `label_lang` (written again on a switch, see
    /// [`LoadedData::relabel`]).
    pub label: String,
    /// What `label` is written from.
    pub label_of: DataLabel,
    /// The language `label` is written in.
    label_lang: Lang,
    /// Changes with every load, so cached views know to count again.
    pub version: u64,
}

impl LoadedData {
    /// Builds what the views need from `dataset` (on the calling thread).
    pub fn new(
        dataset: Dataset,
        report: ImportReport,
        label: impl Into<DataLabel>,
        version: u64,
    ) -> Self {
        let search = build_search(&dataset);
        let mut data = Self {
            view_data: ViewData::build(dataset),
            search: Arc::new(search),
            report,
            label: String::new(),
            label_of: label.into(),
            label_lang: Lang::En,
            version,
        };
        data.write_label(crate::app::i18n::lang());
        data
    }

    /// Data as a load built it, labelled in the current language.
    pub(super) fn loaded(
        view_data: ViewData,
        search: Arc<SearchIndex>,
        report: ImportReport,
        label: DataLabel,
        version: u64,
    ) -> Self {
        let mut data = Self {
            view_data,
            search,
            report,
            label: String::new(),
            label_of: label,
            label_lang: Lang::En,
            version,
        };
        data.write_label(crate::app::i18n::lang());
        data
    }

    /// Writes the label again when `lang` is not the one it is in (a
    /// language switch: the data itself is untouched).
    pub fn relabel(&mut self, lang: Lang) {
        if lang != self.label_lang {
            self.write_label(lang);
        }
    }

    fn write_label(&mut self, lang: Lang) {
        self.label = self.label_of.label(&self.view_data.dataset, lang);
        self.label_lang = lang;
    }

    /// The traces, stores and sites.
    pub fn dataset(&self) -> &Arc<Dataset> {
        &self.view_data.dataset
    }

    /// Nothing loaded.
    pub fn empty() -> Self {
        Self::new(
            Dataset::default(),
            ImportReport::default(),
            DataLabel::NoData,
            0,
        )
    }
}

/// What the data's label and a load's progress line are written from, so
/// they are written again in the language shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataLabel {
    /// Nothing loaded.
    NoData,
    /// One file, by its name ("traces.csv").
    Named(String),
    /// Several files, counted ("3 files").
    Files(usize),
}

impl From<String> for DataLabel {
    fn from(name: String) -> Self {
        DataLabel::Named(name)
    }
}

impl DataLabel {
    /// The files as a load's progress line and notices name them:
    /// "traces.csv", "3 files".
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            DataLabel::NoData => corridor_core::t!(lang, "main-no-data"),
            DataLabel::Named(name) => name.clone(),
            DataLabel::Files(count) => corridor_core::t!(lang, "count-files", count = *count),
        }
    }

    /// The status bar's label of `dataset` loaded from these files: "Demo
    /// data (synthetic, fictitious dealers)", "traces.csv (synthetic)",
    /// "3 files", "No data".
    pub fn label(&self, dataset: &Dataset, lang: Lang) -> String {
        match self {
            DataLabel::NoData => self.describe(lang),
            _ => corridor_core::render::caption::data_label(dataset, &self.describe(lang), lang),
        }
    }
}

/// The search index of a dataset, with the gazetteer's towns.
pub fn build_search(dataset: &Dataset) -> SearchIndex {
    SearchIndex::build(
        dataset,
        corridor_core::basemap::shared_gazetteer().map(|g| &**g),
    )
}
