//! The flowmap.blue format (`locations.csv`: id,name,lat,lon; `flows.csv`:
//! origin,dest,count), read by flowmap.blue and the flowmap.gl tools, so a
//! corridor picture can be checked in — or compared with — the reference
//! flow-map engine.

use std::io::Write;

use crate::aggregate::FlowSummary;
use crate::model::{Dataset, SiteId, StoreId};

/// Location ids: stores and sites share flowmap.blue's one namespace.
pub fn store_location_id(store: StoreId) -> String {
    format!("s{}", store.0)
}

pub fn site_location_id(site: SiteId) -> String {
    format!("r{}", site.0)
}

/// Writes every store and site that has a flow in `summary`, then the
/// flows. Names go through [`super::csv_safe::neutralise`]; coordinates
/// are numbers, written as such.
///
/// ```
/// use corridor::aggregate::{Flow, FlowSummary};
/// use corridor::export::flowmap_blue::write_flowmap_blue;
/// use corridor::model::{Dataset, SiteId, StoreId};
/// # let dataset = Dataset::default();
/// let summary = FlowSummary::default();
/// let (mut locations, mut flows) = (Vec::new(), Vec::new());
/// write_flowmap_blue(&dataset, &summary, &mut locations, &mut flows).unwrap();
/// assert_eq!(String::from_utf8(locations).unwrap(), "id,name,lat,lon\n");
/// assert_eq!(String::from_utf8(flows).unwrap(), "origin,dest,count\n");
/// ```
pub fn write_flowmap_blue<L: Write, F: Write>(
    dataset: &Dataset,
    summary: &FlowSummary,
    locations: L,
    flows: F,
) -> csv::Result<()> {
    let mut writer = csv::Writer::from_writer(locations);
    writer.write_record(["id", "name", "lat", "lon"])?;
    let mut stores = vec![false; dataset.stores.len()];
    let mut sites = vec![false; dataset.sites.len()];
    for flow in &summary.flows {
        stores[flow.store.0 as usize] = true;
        sites[flow.site.0 as usize] = true;
    }
    for (i, used) in stores.iter().enumerate() {
        if *used {
            let id = StoreId(i as u32);
            let store = dataset.store(id);
            writer.write_record([
                store_location_id(id).as_str(),
                &super::csv_safe::neutralise(&dataset.store_label(id)),
                &format!("{:.6}", store.lat_deg),
                &format!("{:.6}", store.lon_deg),
            ])?;
        }
    }
    for (i, used) in sites.iter().enumerate() {
        if *used {
            let id = SiteId(i as u32);
            let site = dataset.site(id);
            writer.write_record([
                site_location_id(id).as_str(),
                &super::csv_safe::neutralise(&dataset.site_label(id)),
                &format!("{:.6}", site.lat_deg),
                &format!("{:.6}", site.lon_deg),
            ])?;
        }
    }
    writer.flush()?;
    let mut writer = csv::Writer::from_writer(flows);
    writer.write_record(["origin", "dest", "count"])?;
    for flow in &summary.flows {
        writer.write_record([
            store_location_id(flow.store),
            site_location_id(flow.site),
            flow.count.to_string(),
        ])?;
    }
    writer.flush()?;
    Ok(())
}
