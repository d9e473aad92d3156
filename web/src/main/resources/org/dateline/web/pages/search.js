'use strict';
(() => {
  const { api, el, show, fail, pager, articleLink, param } = DL;
  const input = el('input', { type: 'search', name: 'q', id: 'q', placeholder: 'talks OR summit, "nuclear envoy", sanction*', size: 50 });
  const results = el('div', { id: 'results' });
  const count = el('p', { id: 'hit-count' });
  const stats = el('p', { class: 'meta', id: 'stats' });
  const form = el('form', { class: 'filters', id: 'search-form' }, input, el('button', { type: 'submit' }, 'Search'));
  show('main', el('h1', {}, 'Search the record'), form, stats, count, results);

  api('/api/stats').then((s) => {
    stats.textContent = `${s.store.articles} articles (${s.store.earliest_date || '?'} .. ${s.store.latest_date || '?'}), `
      + `${s.events} events, ${s.actors} actors, ${s.threads} threads`;
  }).catch(() => {});

  async function run(query, offset) {
    try {
      const page = await api('/api/search', { q: query, limit: 20, offset });
      const hits = page.items.map((h) => el('div', { class: 'hit' },
        el('div', {}, articleLink(h.id, h.headline || '(no headline)')),
        el('div', { class: 'meta' }, h.publication_date || 'undated'),
        el('div', { class: 'snippet' }, h.snippet.map((p) => (p.match ? el('mark', {}, p.text) : p.text)))));
      count.textContent = page.total === 1 ? '1 article matches.' : `${page.total} articles match.`;
      show(results, hits.length ? hits : el('p', {}, 'No match.'), pager(page, (o) => run(query, o)));
    } catch (e) { fail(results, e); }
  }

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    history.replaceState(null, '', '?' + DL.q({ q: input.value }));
    run(input.value, 0);
  });
  if (param('q')) { input.value = param('q'); run(input.value, 0); }
})();
