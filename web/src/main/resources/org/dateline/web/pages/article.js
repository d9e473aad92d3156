'use strict';
(() => {
  const { api, el, show, fail, eventTable, marked, sourceLink, param } = DL;
  api('/api/articles/' + encodeURIComponent(param('id') || '')).then((d) => {
    const a = d.article;
    // entities and timexes as highlights: actors in blue, dates in green; overlaps dropped
    const spans = d.entities.map((e) => ({ kind: /LOC|GPE|CITY|COUNTRY/.test(e.type) ? 'place' : 'actor', start: e.start, end: e.end, value: e.canonical || e.text }))
      .concat(d.timexes.map((t) => ({ kind: 'date', start: t.start, end: t.end, value: t.value || '' })))
      .sort((x, y) => x.start - y.start || y.end - x.end);
    const kept = [];
    spans.forEach((s) => { if (!kept.length || s.start >= kept[kept.length - 1].end) kept.push(s); });
    const body = a.body || '';
    const paras = [];
    let at = 0;
    for (const chunk of body.split('\n\n')) {
      const start = at, end = at + chunk.length;
      const local = kept.filter((s) => s.start >= start && s.end <= end).map((s) => ({ ...s, start: s.start - start, end: s.end - start }));
      paras.push(el('p', {}, marked(chunk, local)));
      at = end + 2;
    }
    show('main', el('h1', { id: 'headline' }, a.headline || '(no headline)'),
      el('p', { class: 'meta' }, [a.agency, a.dateline_place, a.publication_date, a.byline ? 'by ' + a.byline : null, a.revision].filter(Boolean).join(' · ')),
      el('p', { class: 'meta', id: 'source' }, a.url && sourceLink(a.url) ? ['Source: ', sourceLink(a.url)] : 'Source: ' + (a.source || 'unknown') + ' (no web address)'),
      el('div', { class: 'body', id: 'body' }, paras),
      el('h2', {}, `Events (${d.events.length})`), eventTable(d.events),
      el('h2', {}, `Quotes (${d.quotes.length})`), el('ul', {}, d.quotes.map((q) => el('li', {}, el('q', {}, q.text), ' — ', q.speaker || '?'))));
  }).catch((err) => fail('main', err));
})();
