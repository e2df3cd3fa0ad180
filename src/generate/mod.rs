#[cfg(test)]
mod tests {
    #[test]
    fn generate_timing_probe() {
        let t = std::time::Instant::now();
        let b = crate::basemap::Basemap::embedded().unwrap();
        eprintln!("embedded: {:?} {}", t.elapsed(), b.gazetteer.len());
    }
}
