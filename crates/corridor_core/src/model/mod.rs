//! The data model: stores, recovery sites and traces held column-wise.

pub mod case_fields;
pub mod counts;
pub mod dataset;
pub mod date_span;
pub mod day;
pub mod interner;
pub mod location;
pub mod provenance;
pub mod sparse_column;
pub mod text_column;
pub mod traces;
pub mod weapon;
pub mod weapon_class;

pub use case_fields::{CaseColumns, CaseValues};
pub use counts::{Counts, Weights};
pub use dataset::Dataset;
pub use date_span::{DateSpan, DateSpans, SpanColumn};
pub use day::Day;
pub use interner::{Interner, StrId};
pub use location::{Precision, RecoverySite, SiteId, Store, StoreId};
pub use provenance::{SourceFile, SourceRef};
pub use traces::{TraceColumns, TraceRow};
pub use weapon::{Weapon, WeaponId};
pub use weapon_class::WeaponClass;
