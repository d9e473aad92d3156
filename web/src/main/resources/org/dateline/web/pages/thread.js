'use strict';
(() => {
  const { api, el, show, fail, eventLink, participants, status, eventTable, articleLink, param } = DL;
  const card = (e, extra) => el('div', { class: 'card' + (extra ? ' ' + extra : '') },
    e ? [eventLink(e.id, `${e.type || '?'} ${e.date || '(no date)'}`), ' ', status(e.status), el('div', {}, participants(e.actors.concat(e.recipients))),
      el('div', { class: 'meta' }, e.place || ''), el('div', { class: 'meta sentence' }, e.sentence || '')] : el('span', { class: 'meta' }, 'nothing reported yet'));
  // the link as `dateline links` prints it: the two sentences matched, the days their articles came out, why they fit
  const report = (role, r) => r ? el('div', { class: 'meta sentence' }, `${role}: “${r.sentence || ''}”`, r.published ? ` (published ${r.published})` : '') : '';
  const evidence = (o) => el('div', { class: 'evidence' }, el('div', { class: 'meta' }, o.rel.replace(/_/g, ' ')),
    report('plan', o.plan), report('outcome', o.outcome), o.why ? el('div', { class: 'meta' }, 'why: ' + o.why) : '');
  api('/api/threads/' + encodeURIComponent(param('id') || '')).then((d) => {
    const t = d.thread;
    const rows = d.plans.map((p) => el('div', { class: 'plan-row', 'data-state': p.state },
      card(p.plan, 'state-' + p.state),
      el('div', { class: 'arrow', title: p.state }, '→'),
      el('div', {}, p.outcomes.length ? p.outcomes.map((o) => el('div', {}, evidence(o), card(o.event))) : card(null))));
    show('main', el('h1', {}, t.title || t.id), el('p', { class: 'meta' }, `${t.first_date || '?'} .. ${t.last_date || '?'} · ${t.articles.length} articles`),
      el('h2', {}, 'Plans and what became of them'),
      el('div', { class: 'plan-row' }, el('strong', {}, 'plan'), el('span', {}), el('strong', {}, 'outcome')),
      rows.length ? rows : el('p', {}, 'No plans in this thread.'),
      el('h2', {}, 'Other events'), eventTable(d.others),
      el('h2', {}, 'Articles'), el('ol', {}, d.articles.map((a) => el('li', {}, el('span', { class: 'meta' }, (a.publication_date || '') + ' '), articleLink(a.id, a.headline || a.id)))));
  }).catch((err) => fail('main', err));
})();
