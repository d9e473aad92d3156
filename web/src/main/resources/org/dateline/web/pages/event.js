'use strict';
(() => {
  const { api, el, show, fail, participants, status, codeLink, dateValue, articleLink, eventLink, threadLink, marked, param } = DL;
  const id = param('id');
  api('/api/events/' + encodeURIComponent(id || '')).then((d) => {
    const e = d.event;
    const facts = el('table', { class: 'facts' }, [
      ['type', [e.type ? codeLink('type', e.type) : '?', e.mode ? [' (', codeLink('mode', `${e.type}-${e.mode}`, e.mode), ')'] : '',
        ' · CAMEO ', e.cameo && e.type ? codeLink('type', e.type, e.cameo) : (e.cameo || '?')]],
      ['status', status(e.status)], ['date', [e.date ? dateValue(e.date) : 'unknown', e.date_mod ? [' ', codeLink('mod', e.date_mod)] : '']],
      ['actors', participants(e.actors)], ['recipients', participants(e.recipients)],
      ['place', e.place || ''], ['topic', e.topic || ''],
      ['thread', e.thread ? threadLink(e.thread) : '']].map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', {}, v))));
    const legend = el('p', { class: 'legend meta' }, el('mark', { class: 'hl-actor' }, 'actor'),
      el('mark', { class: 'hl-date' }, 'date'), el('mark', { class: 'hl-place' }, 'place'));
    const mentions = d.mentions.map((m) => el('div', { class: 'mention' },
      el('div', {}, articleLink(m.article, m.headline || m.article), ' ', el('span', { class: 'meta' }, m.publication_date || '')),
      el('blockquote', { class: 'source-sentence' }, marked(m.sentence || '', m.spans))));
    const links = d.links.map((l) => el('li', {}, el('strong', {}, l.rel), ' → ',
      l.event ? [eventLink(l.event.id, `${l.event.type} ${l.event.status} ${l.event.date || ''}`), ' ', el('span', { class: 'meta' }, l.evidence || '')] : '(gone)'));
    show('main', el('h1', {}, `${e.type || 'Event'} ${e.date || ''}`), facts,
      el('h2', {}, `Reported in ${d.mentions.length} place${d.mentions.length === 1 ? '' : 's'}`), legend, mentions,
      links.length ? [el('h2', {}, 'Links'), el('ul', {}, links)] : []);
  }).catch((err) => fail('main', err));
})();
