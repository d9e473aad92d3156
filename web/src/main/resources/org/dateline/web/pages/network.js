'use strict';
(() => {
  const { api, el, show, fail, param } = DL;
  const status = el('select', { name: 'status' }, ['', 'occurred', 'planned', 'possible', 'negated'].map((s) => el('option', { value: s }, s || 'any status')));
  status.value = param('status') || '';
  const from = el('input', { name: 'from', size: 10, placeholder: 'from', value: param('from') || '' });
  const to = el('input', { name: 'to', size: 10, placeholder: 'to', value: param('to') || '' });
  const limit = el('input', { name: 'limit', type: 'number', min: 2, max: 500, value: param('limit') || 60 });
  const form = el('form', { class: 'filters' }, status, from, to, el('label', {}, 'actors', limit), el('button', { type: 'submit' }, 'Draw'));
  const info = el('p', { class: 'meta', id: 'graph-info' });
  const box = el('div', { id: 'graph' });
  show('main', el('h1', {}, 'Who meets whom'), form, info, box);
  let network;

  async function draw() {
    try {
      const g = await api('/api/network', { status: status.value, from: from.value.trim(), to: to.value.trim(), limit: limit.value });
      info.textContent = `${g.nodes.length} of ${g.total_nodes} actors, ${g.edges.length} pairs, from ${g.events} events. Node size: events; click an actor to open it.`;
      const nodes = new vis.DataSet(g.nodes.map((n) => ({ id: n.id, label: n.id, value: n.events,
        title: `${n.id} (${n.country || '?'}): ${n.events} events`, group: n.country || 'none' })));
      const edges = new vis.DataSet(g.edges.map((e, i) => ({ id: i, from: e.from, to: e.to, value: e.events,
        title: `${e.events} shared: ` + Object.entries(e.by_status).map(([k, v]) => `${k} ${v}`).join(', ') })));
      if (network) network.destroy();
      network = new vis.Network(box, { nodes, edges }, {
        nodes: { shape: 'dot', scaling: { min: 8, max: 40, label: { enabled: true, min: 12, max: 22 } }, font: { face: 'system-ui' } },
        edges: { color: { color: '#9aa7bd', highlight: '#1d2330' }, scaling: { min: 1, max: 8 }, smooth: false },
        physics: { stabilization: { iterations: 200 }, barnesHut: { springLength: 140 } },
        interaction: { hover: true, tooltipDelay: 120 },
      });
      network.on('click', (ev) => {
        if (ev.nodes.length) location.href = 'actor.html?' + DL.q({ name: ev.nodes[0] });
      });
      network.once('stabilized', () => box.setAttribute('data-ready', 'true'));
      box.setAttribute('data-nodes', String(g.nodes.length));
      window.datelineNetwork = network;
    } catch (e) { fail(info, e); }
  }
  form.addEventListener('submit', (ev) => { ev.preventDefault(); draw(); });
  draw();
})();
