'use strict';
(() => {
  const { api, el, show, fail, pager, actorLink, param } = DL;
  const input = el('input', { type: 'search', name: 'q', placeholder: 'name or alias', value: param('q') || '' });
  const form = el('form', { class: 'filters' }, input, el('button', { type: 'submit' }, 'Find'));
  const out = el('div', { id: 'results' });
  show('main', el('h1', {}, 'Actors'), form, out);
  async function run(offset) {
    try {
      const page = await api('/api/actors', { q: input.value.trim(), limit: 50, offset });
      const rows = page.items.map((a) => el('tr', {}, el('td', {}, actorLink(a.name)), el('td', {}, a.type || ''),
        el('td', {}, a.country || ''), el('td', {}, a.sector || ''), el('td', {}, String(a.events)),
        el('td', { class: 'sentence' }, (a.aliases || []).join(', '))));
      show(out, pager(page, run), el('table', {}, el('thead', {}, el('tr', {}, ['name', 'type', 'country', 'sector', 'events', 'also written']
        .map((h) => el('th', {}, h)))), el('tbody', {}, rows)));
    } catch (e) { fail(out, e); }
  }
  form.addEventListener('submit', (ev) => { ev.preventDefault(); run(0); });
  run(0);
})();
