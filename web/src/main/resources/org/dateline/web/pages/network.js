'use strict';
// The actor network: actors as nodes (size: events, colour: country, with a legend), shared events as edges,
// drawn from the event types the user ticks (all by default; CONSULT alone is "who meets whom").
(() => {
  const { api, el, show, fail, param } = DL;
  const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#17becf'];
  const OTHER = '#b9bec8';
  const status = el('select', { name: 'status' }, el('option', { value: '' }, 'any status'));
  const from = el('input', { name: 'from', size: 10, placeholder: 'from', value: param('from') || '' });
  const to = el('input', { name: 'to', size: 10, placeholder: 'to', value: param('to') || '' });
  const limit = el('input', { name: 'limit', type: 'number', min: 2, max: 500, value: param('limit') || 60 });
  const isolated = el('input', { type: 'checkbox', name: 'isolated', id: 'show-isolated' });
  const typeBox = el('fieldset', { class: 'types', id: 'types' }, el('legend', {}, 'event types'));
  const chosen = new Set((param('types') || '').split(',').filter(Boolean));
  const form = el('form', { class: 'filters' }, typeBox, el('label', {}, 'status', status), el('label', {}, 'from', from), el('label', {}, 'to', to),
    el('label', {}, 'actors', limit), el('label', { class: 'inline' }, isolated, 'show actors with no counterpart'), el('button', { type: 'submit' }, 'Draw'));
  const title = el('h1', {}, 'Network');
  const info = el('p', { class: 'meta', id: 'graph-info' });
  const legend = el('div', { class: 'graph-legend', id: 'graph-legend' });
  const box = el('div', { id: 'graph' });
  show('main', title, form, info, legend, box);
  let network;

  const ticked = () => Array.from(typeBox.querySelectorAll('input:checked')).map((i) => i.value);

  async function controls() {
    const c = await api('/api/codebook');
    c.statuses.forEach((s) => status.append(el('option', { value: s.value }, s.value)));
    status.value = param('status') || '';
    c.types.forEach((t) => {
      const box = el('input', { type: 'checkbox', value: t.type, name: 'type' });
      box.checked = chosen.size === 0 || chosen.has(t.type);
      typeBox.append(el('label', { class: 'type-choice quad-' + t.quad, title: t.meaning }, box, t.type));
    });
  }

  function legendFor(colours, counts) {
    const items = Object.entries(colours).map(([country, colour]) => {
      const swatch = el('span', { class: 'swatch' });
      swatch.style.backgroundColor = colour;                  // CSSOM, which the CSP allows (no style attribute)
      return el('span', { class: 'legend-item' }, swatch, `${country} (${counts[country]})`);
    });
    const other = el('span', { class: 'swatch' });
    other.style.backgroundColor = OTHER;
    show(legend, el('span', { class: 'meta' }, 'Colour: country. Size: events. '), items, el('span', { class: 'legend-item' }, other, 'other or unknown'));
  }

  async function draw() {
    box.removeAttribute('data-ready');
    const all = typeBox.querySelectorAll('input').length;
    const types = ticked().length === all ? [] : ticked();
    title.textContent = types.length === 1 && types[0] === 'CONSULT' ? 'Who meets whom' : 'Network';
    const params = { types: types.join(','), status: status.value, from: from.value.trim(), to: to.value.trim(), limit: limit.value };
    history.replaceState(null, '', '?' + DL.q(Object.fromEntries(Object.entries(params).filter(([, v]) => v))));
    try {
      const g = await api('/api/network', params);
      const linked = new Set(g.edges.flatMap((e) => [e.from, e.to]));
      const shown = isolated.checked ? g.nodes : g.nodes.filter((n) => linked.has(n.id));
      const perCountry = {};
      shown.forEach((n) => { const k = n.country || '?'; perCountry[k] = (perCountry[k] || 0) + 1; });
      const colours = {};
      Object.entries(perCountry).filter(([k]) => k !== '?').sort((a, b) => b[1] - a[1]).slice(0, PALETTE.length)
        .forEach(([k], i) => { colours[k] = PALETTE[i]; });
      legendFor(colours, perCountry);
      info.textContent = `${shown.length} of ${g.total_nodes} actors (${g.nodes.length - shown.length} with no counterpart hidden), `
        + `${g.edges.length} pairs, from ${g.events} events. Click an actor to open it.`;
      const nodes = new vis.DataSet(shown.map((n) => ({ id: n.id, label: n.id, value: n.events,
        title: `${n.id} (${n.country || '?'}): ${n.events} events`, color: colours[n.country] || OTHER })));
      const edges = new vis.DataSet(g.edges.map((e, i) => ({ id: i, from: e.from, to: e.to, value: e.events,
        title: `${e.events} shared: ` + Object.entries(e.by_status).map(([k, v]) => `${k} ${v}`).join(', ') })));
      if (network) network.destroy();
      network = new vis.Network(box, { nodes, edges }, {
        nodes: { shape: 'dot', scaling: { min: 8, max: 42, label: { enabled: true, min: 14, max: 24, drawThreshold: 6 } },
          font: { face: 'system-ui', color: '#1d2330', strokeWidth: 4, strokeColor: '#ffffff' } },
        edges: { color: { color: '#9aa7bd', highlight: '#1d2330' }, scaling: { min: 1, max: 8 }, smooth: false },
        physics: { stabilization: { iterations: 250 }, barnesHut: { springLength: 160, avoidOverlap: 0.3 } },
        interaction: { hover: true, tooltipDelay: 120 },
      });
      network.on('click', (ev) => {
        if (ev.nodes.length) location.href = 'actor.html?' + DL.q({ name: ev.nodes[0] });
      });
      network.once('stabilized', () => box.setAttribute('data-ready', 'true'));
      box.setAttribute('data-nodes', String(shown.length));
      window.datelineNetwork = network;
    } catch (e) { fail(info, e); }
  }
  form.addEventListener('submit', (ev) => { ev.preventDefault(); draw(); });
  isolated.addEventListener('change', draw);
  controls().then(draw).catch((e) => fail(info, e));
})();
