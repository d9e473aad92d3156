'use strict';
(() => {
  const { api, el, show, fail, pager, eventTable, param } = DL;
  const fields = ['actor', 'with', 'type', 'status', 'from', 'to', 'place', 'thread'];
  const inputs = {};
  const controls = fields.map((f) => {
    inputs[f] = f === 'status'
      ? el('select', { name: f }, ['', 'occurred', 'planned', 'possible', 'negated'].map((s) => el('option', { value: s }, s || 'any')))
      : el('input', { name: f, size: f === 'actor' || f === 'with' ? 18 : 10, placeholder: f === 'from' || f === 'to' ? '2024-03' : '' });
    inputs[f].value = param(f) || '';
    return el('label', {}, f, inputs[f]);
  });
  const form = el('form', { class: 'filters', id: 'filters' }, controls, el('button', { type: 'submit' }, 'Filter'));
  const out = el('div', { id: 'results' });
  const chartBox = el('div', { class: 'chart', id: 'counts-chart' });
  show('main', el('h1', {}, 'Events'), form, chartBox, out);
  const current = () => {
    const p = {};
    fields.forEach((f) => { p[f] = inputs[f].value.trim(); });
    return p;
  };
  const chart = DLChart.attach(chartBox, current, () => {
    const [a, w] = [inputs.actor.value.trim(), inputs.with.value.trim()];
    return a && w ? `${a} ↔ ${w} over time` : a ? `${a}: events over time` : 'Events over time';
  });

  async function run(offset) {
    const params = { limit: 50, offset };
    fields.forEach((f) => { params[f] = inputs[f].value.trim(); });
    try {
      const page = await api('/api/events', params);
      show(out, pager(page, run), eventTable(page.items));
    } catch (e) { fail(out, e); }
  }
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const p = {};
    fields.forEach((f) => { if (inputs[f].value.trim()) p[f] = inputs[f].value.trim(); });
    history.replaceState(null, '', '?' + DL.q(p));
    run(0);
    chart.redraw();
  });
  run(0);
})();
