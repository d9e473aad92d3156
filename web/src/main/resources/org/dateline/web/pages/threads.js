'use strict';
(() => {
  const { api, el, show, fail, pager, threadLink, actorLink } = DL;
  const out = el('div', { id: 'results' });
  show('main', el('h1', {}, 'Story threads'), out);
  async function run(offset) {
    try {
      const page = await api('/api/threads', { limit: 50, offset });
      const rows = page.items.map((t) => el('tr', {}, el('td', {}, threadLink(t.id, t.title || t.id)),
        el('td', {}, `${t.first_date || '?'} .. ${t.last_date || '?'}`), el('td', {}, String(t.articles.length)),
        el('td', {}, t.actors.slice(0, 5).flatMap((a, i) => (i ? [', ', actorLink(a)] : [actorLink(a)])))));
      show(out, pager(page, run), el('table', {}, el('thead', {}, el('tr', {}, ['thread', 'dates', 'articles', 'actors'].map((h) => el('th', {}, h)))),
        el('tbody', {}, rows)));
    } catch (e) { fail(out, e); }
  }
  run(0);
})();
