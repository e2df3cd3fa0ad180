//! The flowmap.blue format (`locations.csv`: id,name,lat,lon; `flows.csv`:
//! origin,dest,count), read by flowmap.blue and the flowmap.gl tools, so a
//! corridor picture can be checked in — or compared with — the reference
//! flow-map engine.

use std::io::Write;

use crate::aggregate::FlowSummary;
use crate::briefing::Redaction;
use crate::briefing::labels::redacted_node_label;
use crate::cluster::{ClusterLevel, Role};
use crate::geometry::mercator::unproject;
use crate::i18n::{Phrase, ToPhrase, system_error};
use crate::model::Dataset;
use crate::phrase;

/// Writes every node of the level that has a flow in `summary`, then the
/// flows between them. Location ids are `s0, s1, …` for store nodes and
/// `r0, r1, …` for recovery-site nodes, in node order. Names go through
/// `redaction` (a single store is named after its dealer) and
/// [`super::csv_safe::neutralise`]; coordinates are numbers, written as such.
///
/// ```
/// use corridor_core::aggregate::FlowSummary;
/// use corridor_core::briefing::Redaction;
/// use corridor_core::cluster::ClusterLevel;
/// use corridor_core::export::flowmap_blue::write_flowmap_blue;
/// use corridor_core::model::Dataset;
/// let dataset = Dataset::default();
/// let level = ClusterLevel::unclustered(&dataset);
/// let (mut locations, mut flows) = (Vec::new(), Vec::new());
/// write_flowmap_blue(&dataset, &level, &FlowSummary::default(), Redaction::NONE, &mut locations, &mut flows).unwrap();
/// assert_eq!(String::from_utf8(locations).unwrap(), "id,name,lat,lon\n");
/// assert_eq!(String::from_utf8(flows).unwrap(), "origin,dest,count\n");
/// ```
pub fn write_flowmap_blue<L: Write, F: Write>(
    dataset: &Dataset,
    level: &ClusterLevel,
    summary: &FlowSummary,
    redaction: Redaction,
    locations: L,
    flows: F,
) -> csv::Result<()> {
    let mut used = vec![false; level.clusters.len()];
    for flow in &summary.flows {
        used[flow.origin as usize] = true;
        used[flow.dest as usize] = true;
    }
    let mut ids: Vec<Option<String>> = vec![None; level.clusters.len()];
    let (mut stores, mut sites) = (0, 0);
    let mut writer = csv::Writer::from_writer(locations);
    writer.write_record(["id", "name", "lat", "lon"])?;
    for (node, cluster) in level.clusters.iter().enumerate() {
        if !used[node] {
            continue;
        }
        let id = match cluster.role {
            Role::Store => {
                stores += 1;
                format!("s{}", stores - 1)
            }
            Role::Site => {
                sites += 1;
                format!("r{}", sites - 1)
            }
        };
        let (lat_deg, lon_deg) = unproject(cluster.at);
        writer.write_record([
            id.as_str(),
            &super::csv_safe::neutralise(&redacted_node_label(
                dataset,
                level,
                node as u32,
                redaction,
            )),
            &format!("{lat_deg:.6}"),
            &format!("{lon_deg:.6}"),
        ])?;
        ids[node] = Some(id);
    }
    writer.flush()?;
    let mut writer = csv::Writer::from_writer(flows);
    writer.write_record(["origin", "dest", "count"])?;
    for flow in &summary.flows {
        let id = |node: u32| ids[node as usize].clone().unwrap_or_default();
        writer.write_record([id(flow.origin), id(flow.dest), flow.count.to_string()])?;
    }
    writer.flush()?;
    Ok(())
}

/// The locations file [`export_flowmap_blue_dir`] writes.
pub const LOCATIONS_FILE_NAME: &str = "locations.csv";

/// The flows file [`export_flowmap_blue_dir`] writes.
pub const FLOWS_FILE_NAME: &str = "flows.csv";

/// Why [`export_flowmap_blue_dir`] failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The folder or one of the two files could not be created.
    Create {
        /// The folder or file.
        path: std::path::PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A written file could not be put in place.
    Save(#[source] crate::project::atomic::SaveError),
    /// Writing the CSV rows failed.
    Write {
        /// The folder holding the two files.
        dir: std::path::PathBuf,
        /// The CSV writer's error.
        source: csv::Error,
    },
}

impl ToPhrase for ExportError {
    fn phrase(&self) -> Phrase {
        match self {
            ExportError::Create { path, source } => phrase!(
                "flowmap-error-create",
                path = path.display().to_string(),
                error = system_error(source),
            ),
            ExportError::Save(save) => save.phrase(),
            ExportError::Write { dir, source } => phrase!(
                "flowmap-error-write",
                dir = dir.display().to_string(),
                error = super::data::csv_error(source),
            ),
        }
    }
}

crate::display_in_english!(ExportError);

/// What [`export_flowmap_blue_dir`] wrote.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowmapExport {
    /// The `locations.csv` written.
    pub locations_path: std::path::PathBuf,
    /// The `flows.csv` written.
    pub flows_path: std::path::PathBuf,
    /// Rows written to `flows.csv`: one per store-to-site flow.
    pub flows: usize,
    /// Traces in the filter.
    pub traces: u32,
}

/// Writes `locations.csv` and `flows.csv` of the traces in `filter` into
/// `dir` (created if needed; files of those names are replaced), one
/// location per store and per recovery site, as `corridor export-flowmap`
/// and the app's File menu do. Dealer names go through `redaction`.
pub fn export_flowmap_blue_dir(
    dataset: &Dataset,
    index: &crate::aggregate::FlowIndex,
    filter: &crate::aggregate::TraceFilter,
    redaction: Redaction,
    dir: &std::path::Path,
) -> Result<FlowmapExport, ExportError> {
    let level = ClusterLevel::unclustered(dataset);
    let pairs = crate::cluster::LevelPairs::build(index, &level);
    let summary = crate::aggregate::aggregate_at(dataset, index, &level, &pairs, filter);
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Create {
        path: dir.to_path_buf(),
        source,
    })?;
    // Each file is written beside its target and renamed over it once both
    // are written: a failure leaves the previous files whole.
    let create = |name: &str| {
        let path = dir.join(name);
        crate::project::atomic::AtomicFile::create(&path)
            .map(|file| (file, path))
            .map_err(ExportError::Save)
    };
    let (mut locations, locations_path) = create(LOCATIONS_FILE_NAME)?;
    let (mut flows, flows_path) = create(FLOWS_FILE_NAME)?;
    write_flowmap_blue(
        dataset,
        &level,
        &summary,
        redaction,
        &mut locations,
        &mut flows,
    )
    .map_err(|source| ExportError::Write {
        dir: dir.to_path_buf(),
        source,
    })?;
    locations.commit().map_err(ExportError::Save)?;
    flows.commit().map_err(ExportError::Save)?;
    Ok(FlowmapExport {
        locations_path,
        flows_path,
        flows: summary.flows.len(),
        traces: summary.traces,
    })
}

#[cfg(test)]
mod error_tests {
    use super::*;

    #[test]
    fn errors_in_english_and_spanish() {
        let create = ExportError::Create {
            path: std::path::PathBuf::from("/out/flowmap"),
            source: std::io::Error::from_raw_os_error(30),
        };
        crate::i18n::assert_says(
            &create,
            "could not create /out/flowmap: Read-only file system (os error 30)",
            "no se pudo crear /out/flowmap: el disco es de solo lectura",
        );
        let write = ExportError::Write {
            dir: std::path::PathBuf::from("/out/flowmap"),
            source: csv::Error::from(std::io::Error::from_raw_os_error(28)),
        };
        crate::i18n::assert_says(
            &write,
            "could not write the flowmap.blue files in /out/flowmap: No space left on device (os error 28)",
            "no se pudieron escribir los archivos de flowmap.blue en /out/flowmap: no queda espacio en el disco",
        );
    }
}
