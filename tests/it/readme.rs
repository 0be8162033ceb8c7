//! README facts generated from the data, so they cannot drift from it.

use std::collections::BTreeMap;

use opendoor::GreetingDetector;

/// The README's platforms × languages table, from the built-in catalog.
fn catalog_table() -> String {
    let mut platforms: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    let detector = GreetingDetector::new();
    for stock in detector.stock_texts() {
        *platforms
            .entry(stock.platform())
            .or_default()
            .entry(stock.language())
            .or_default() += 1;
    }
    let mut table = String::from("| platform | texts | languages |\n|---|---|---|\n");
    for (platform, languages) in &platforms {
        let texts: usize = languages.values().sum();
        let list: Vec<&str> = languages.keys().copied().collect();
        table.push_str(&format!("| {platform} | {texts} | {} |\n", list.join(" ")));
    }
    table
}

#[test]
fn the_catalog_table_matches_the_catalog() {
    let readme = include_str!("../../README.md");
    let start = "<!-- catalog-table:start -->\n";
    let end = "<!-- catalog-table:end -->";
    let table = readme
        .split_once(start)
        .and_then(|(_, rest)| rest.split_once(end))
        .map(|(table, _)| table)
        .expect("README has the catalog-table markers");
    let expected = catalog_table();
    assert!(
        table == expected,
        "README's catalog table is stale; replace it with:\n{expected}"
    );
}
