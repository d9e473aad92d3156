'use strict';
(() => {
  const { api, el, show, fail, eventTable, actorLink, articleLink, param } = DL;
  const name = param('name') || '';
  api('/api/actors/' + encodeURIComponent(name)).then((d) => {
    const p = d.profile;
    const head = [el('h1', {}, p.name),
      el('p', { class: 'meta' }, [p.type, p.country, p.sector].filter(Boolean).join(' · '), ` · ${d.events_total} events`),
      p.aliases.length ? el('p', { class: 'meta' }, 'Also written: ' + p.aliases.join(', ')) : null];
    const timeline = Object.entries(d.timeline).filter(([, evs]) => evs.length)
      .map(([st, evs]) => el('section', { class: 'timeline', 'data-status': st }, el('h2', {}, `${st} (${evs.length})`), eventTable(evs)));
    const counterparts = el('table', { id: 'counterparts' }, el('thead', {}, el('tr', {}, ['with', 'country', 'events', 'by status'].map((h) => el('th', {}, h)))),
      el('tbody', {}, d.counterparts.map((c) => el('tr', {}, el('td', {}, actorLink(c.name)), el('td', {}, c.country || ''),
        el('td', {}, el('a', { href: 'events.html?' + DL.q({ actor: p.name, with: c.name }), title: 'these events, over time' }, String(c.events))), el('td', { class: 'meta' }, Object.entries(c.by_status).map(([k, v]) => `${k} ${v}`).join(', '))))));
    const roles = el('ul', { id: 'roles' }, d.roles.map((r) => el('li', {}, r.role, ' ', el('span', { class: 'meta' }, `${r.first_seen || '?'} .. ${r.last_seen || '?'}`))));
    const quotes = el('ul', { id: 'quotes' }, d.quotes.items.map((aq) => el('li', {},
      el('q', {}, aq.quote.text), ' ', el('span', { class: 'meta' }, aq.publication_date || '', ' '), articleLink(aq.article, aq.headline || aq.article))));
    const chartBox = el('div', { class: 'chart', id: 'counts-chart' });
    const dyad = el('select', { name: 'with', id: 'dyad' }, el('option', { value: '' }, 'with anyone'),
      d.counterparts.map((c) => el('option', { value: c.name }, 'with ' + c.name)));
    show('main', head, el('h2', {}, 'Over time ', dyad), chartBox, el('h2', {}, 'Timeline by status'), timeline.length ? timeline : el('p', {}, 'No events.'),
      el('div', { class: 'columns' },
        el('div', { class: 'column' }, el('h2', {}, 'Counterparts'), counterparts),
        el('div', { class: 'column' }, el('h2', {}, 'Roles over time'), d.roles.length ? roles : el('p', { class: 'meta' }, 'none seen'))),
      el('h2', {}, `Quotes (${d.quotes.total})`), quotes);
    const chart = DLChart.attach(chartBox, () => ({ actor: p.name, with: dyad.value }),
      () => (dyad.value ? `${p.name} ↔ ${dyad.value} over time` : `${p.name}: events over time`));
    dyad.addEventListener('change', chart.redraw);
  }).catch((err) => fail('main', err));
})();
