'use strict';
// The codebook: what every code on the other pages means. Each entry has an id (type-CONSULT, mode-CONSULT-visit,
// status-planned, mod-ON_OR_BEFORE, timeml) that DL.codeLink points at.
(() => {
  const { api, el, show, fail } = DL;
  api('/api/codebook').then((c) => {
    const toc = el('p', { class: 'meta' }, el('a', { href: '#types' }, 'Event types'), ' · ', el('a', { href: '#statuses' }, 'Statuses'),
      ' · ', el('a', { href: '#date-mods' }, 'Date modifiers'), ' · ', el('a', { href: '#timeml' }, 'Date values'));
    const types = c.types.map((t) => el('section', { class: 'code-entry', id: 'type-' + t.type },
      el('h3', {}, t.type, ' ', el('span', { class: 'quad quad-' + t.quad }, t.quad_name || 'no quad class')),
      el('p', {}, t.meaning),
      t.modes.length ? el('p', { class: 'meta' }, 'Modes: ', t.modes.map((m, i) => [i ? ', ' : '', el('span', { id: `mode-${t.type}-${m}`, class: 'mode' }, m)])) : null,
      t.cameo.length ? el('details', {}, el('summary', {}, `CAMEO codes filed under ${t.type} (${t.cameo.length})`),
        el('table', { class: 'cameo' }, el('tbody', {}, t.cameo.map((k) => el('tr', {},
          el('td', {}, k.code), el('td', {}, k.name.toLowerCase()), el('td', { class: 'meta' }, k.mode || '')))))) : null));
    const terms = (list, prefix) => el('table', { class: 'terms' }, el('tbody', {}, list.map((t) =>
      el('tr', { id: prefix ? prefix + t.value : null }, el('th', {}, el('code', {}, t.value)), el('td', {}, t.meaning)))));
    show('main', el('h1', {}, 'Codebook'), toc,
      el('h2', { id: 'types' }, 'Event types (PLOVER)'),
      el('p', { class: 'meta' }, 'Each event is coded with a PLOVER type and, where the text says how, a mode. '
        + 'The quad class groups types as verbal or material cooperation or conflict. CAMEO users: the codes under each type are the CAMEO codes the coder files there.'),
      types,
      el('h2', { id: 'statuses' }, 'Statuses'), terms(c.statuses, 'status-'),
      el('h2', { id: 'date-mods' }, 'Date modifiers'), terms(c.date_mods, 'mod-'),
      el('h2', { id: 'timeml' }, 'Date values (TimeML)'),
      el('p', { class: 'meta' }, 'Dates are TimeML values: as precise as the text, never more. A month stays a month.'),
      terms(c.timeml, null));
    if (location.hash) { const target = document.getElementById(location.hash.slice(1)); if (target) { target.classList.add('target'); target.scrollIntoView(); } }
  }).catch((err) => fail('main', err));
})();
