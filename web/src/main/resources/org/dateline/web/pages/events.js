'use strict';
// The events table with filters a researcher can use without knowing the codes: type, quad class, status, country
// and sector as drop-downs that say how many events each choice gives (from /api/facets), dates hinted with the
// store's own span, newest or oldest first, the chart of counts over time, and the view as CSV or JSON.
(() => {
  const { api, el, show, fail, pager, eventTable, param } = DL;
  const texts = ['actor', 'with', 'from', 'to', 'place', 'thread'];
  const choices = { type: 'any type', quad: 'any quad class', status: 'any status', country: 'any country', sector: 'any sector' };
  const inputs = {};
  texts.forEach((f) => { inputs[f] = el('input', { name: f, id: 'f-' + f, size: f === 'actor' || f === 'with' ? 18 : 10 }); });
  // until the counts arrive, a drop-down holds only the choice the address asks for
  Object.keys(choices).forEach((f) => {
    inputs[f] = el('select', { name: f, id: 'f-' + f }, el('option', { value: '' }, choices[f]), param(f) ? el('option', { value: param(f) }, param(f)) : null);
  });
  inputs.order = el('select', { name: 'order', id: 'f-order' }, el('option', { value: 'newest' }, 'newest first'), el('option', { value: 'oldest' }, 'oldest first'));
  const fields = Object.keys(inputs);
  fields.forEach((f) => { inputs[f].value = param(f) || ''; });
  if (!inputs.order.value) inputs.order.value = 'newest';
  const label = (f, text) => el('label', {}, text, inputs[f]);
  const span = el('p', { class: 'meta', id: 'span' });
  const downloads = el('p', { class: 'downloads' }, 'Download this view: ',
    el('a', { id: 'download-csv', download: 'dateline-events.csv' }, 'CSV'), ' · ',
    el('a', { id: 'download-gdelt', download: 'dateline-events-gdelt.csv' }, 'GDELT-like CSV'), ' · ', el('a', { id: 'download-json', download: 'dateline-events.json' }, 'JSON'));
  const form = el('form', { class: 'filters', id: 'filters' },
    label('actor', 'actor'), label('with', 'with'), label('type', 'type'), label('quad', 'quad class'), label('status', 'status'),
    label('country', 'country'), label('sector', 'sector'), label('from', 'from'), label('to', 'to'), label('place', 'place'),
    label('thread', 'thread'), label('order', 'order'), el('button', { type: 'submit' }, 'Filter'));
  const out = el('div', { id: 'results' });
  const chartBox = el('div', { class: 'chart', id: 'counts-chart' });
  show('main', el('h1', {}, 'Events'), form, span, downloads, chartBox, out);

  const current = () => {
    const p = {};
    fields.forEach((f) => { if (inputs[f].value.trim()) p[f] = inputs[f].value.trim(); });
    return p;
  };
  const chart = DLChart.attach(chartBox, current, () => {
    const [a, w] = [inputs.actor.value.trim(), inputs.with.value.trim()];
    return a && w ? `${a} ↔ ${w} over time` : a ? `${a}: events over time` : 'Events over time';
  });

  /** The drop-downs' options with their counts; a chosen value stays even when it now gives none. */
  async function facets() {
    try {
      const f = await api('/api/facets', current());
      const lists = { type: f.types, quad: f.quads, status: f.statuses, country: f.countries, sector: f.sectors };
      for (const [name, list] of Object.entries(lists)) {
        const chosen = inputs[name].value;
        const opts = list.map((c) => el('option', { value: c.value }, `${c.label} (${c.count})`));
        if (chosen && !list.some((c) => c.value === chosen)) opts.unshift(el('option', { value: chosen }, `${chosen} (0)`));
        inputs[name].replaceChildren(el('option', { value: '' }, choices[name]), ...opts);
        inputs[name].value = chosen;
      }
      if (f.earliest) {
        inputs.from.placeholder = f.earliest;
        inputs.to.placeholder = f.latest;
        span.textContent = `The store's events run from ${f.earliest} to ${f.latest}. Dates: a day (${f.earliest}), a month (${f.earliest.slice(0, 7)}) or a year (${f.earliest.slice(0, 4)}).`;
      }
      form.setAttribute('data-ready', 'true');
    } catch (e) { fail(span, e); }
  }

  async function run(offset) {
    const q = DL.q(current());
    document.getElementById('download-csv').setAttribute('href', '/api/download?' + DL.q({ ...current(), format: 'csv' }));
    document.getElementById('download-gdelt').setAttribute('href', '/api/download?' + DL.q({ ...current(), format: 'gdelt' }));
    document.getElementById('download-json').setAttribute('href', '/api/download?' + DL.q({ ...current(), format: 'json' }));
    try {
      const page = await api('/api/events', { ...current(), limit: 50, offset });
      show(out, pager(page, run), eventTable(page.items));
      out.setAttribute('data-query', q);
    } catch (e) { fail(out, e); }
  }
  function apply() {
    history.replaceState(null, '', '?' + DL.q(current()));
    run(0);
    chart.redraw();
    facets();
  }
  form.addEventListener('submit', (ev) => { ev.preventDefault(); apply(); });
  Object.keys(choices).concat(['order']).forEach((f) => inputs[f].addEventListener('change', apply));
  run(0);
  facets();
})();
