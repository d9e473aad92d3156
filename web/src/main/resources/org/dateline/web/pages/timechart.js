'use strict';
// Event counts over time as a stacked bar chart (Chart.js from /lib/), with its own bucket and split controls.
// DLChart.attach(box, () => params) draws into box the counts of /api/counts for the filter params returns, and
// again whenever the bucket or the split changes; redraw() after the filter changed. title: text or a function.
const DLChart = (() => {
  const { api, el } = DL;
  const QUAD_COLOURS = { 1: '#6f9be8', 2: '#4caf72', 3: '#e6b422', 4: '#d9534f', 0: '#aaaaaa' };
  const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7',
    '#9c755f', '#bab0ac', '#1f77b4', '#8c564b', '#17becf', '#bcbd22', '#7f7f7f', '#2ca02c'];
  const STATUS_COLOURS = { occurred: '#4caf72', planned: '#6f9be8', possible: '#e6b422', negated: '#d9534f' };

  function colour(by, key, i) {
    if (by === 'quad') return QUAD_COLOURS[key] || '#aaaaaa';
    if (by === 'status') return STATUS_COLOURS[key] || '#aaaaaa';
    return PALETTE[i % PALETTE.length];
  }

  function attach(box, params, title) {
    const bucket = el('select', { name: 'bucket', class: 'chart-bucket' }, ['month', 'week', 'day'].map((b) => el('option', { value: b }, 'per ' + b)));
    const by = el('select', { name: 'by', class: 'chart-by' }, [['type', 'by event type'], ['quad', 'by quad class'], ['status', 'by status']]
      .map(([v, t]) => el('option', { value: v }, t)));
    const note = el('p', { class: 'meta chart-note' });
    const canvas = el('canvas', { role: 'img', 'aria-label': 'events over time' });
    const frame = el('div', { class: 'chart-frame' }, canvas);
    const heading = el('strong', { class: 'chart-title' });
    box.replaceChildren(el('div', { class: 'chart-head' }, heading, bucket, by), frame, note);
    let chart;

    async function redraw() {
      box.removeAttribute('data-ready');
      heading.textContent = typeof title === 'function' ? title() : (title || 'Events over time');
      try {
        const c = await api('/api/counts', { ...params(), bucket: bucket.value, by: by.value });
        const datasets = c.series.map((k, i) => ({ label: c.labels[k], data: Array.from(c.counts[k]),
          backgroundColor: colour(c.by, k, i), stack: 'events' }));
        if (chart) chart.destroy();
        chart = new Chart(canvas, {
          type: 'bar',
          data: { labels: c.periods, datasets },
          options: { animation: false, maintainAspectRatio: false, responsive: true,
            scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
            plugins: { legend: { position: 'bottom' } } },
        });
        const left = [];
        if (c.imprecise) left.push(`${c.imprecise} dated less precisely than a ${c.bucket}`);
        if (c.undated) left.push(`${c.undated} without a date in a known year`);
        if (c.outside) left.push(`${c.outside} dated far from the busiest ${c.periods.length} ${c.bucket}s drawn (history the stories recall; narrow the dates to see them)`);
        note.textContent = `${c.total} events counted` + (left.length ? '; not drawn: ' + left.join(', ') + ' (a date is never moved to the first day of its month).' : '.');
        box.setAttribute('data-total', String(c.total));
        box.setAttribute('data-periods', String(c.periods.length));
        box.setAttribute('data-ready', 'true');
      } catch (e) {
        note.textContent = 'Cannot draw the chart: ' + e.message;
        box.setAttribute('data-ready', 'error');
      }
    }
    bucket.addEventListener('change', redraw);
    by.addEventListener('change', redraw);
    redraw();
    return { redraw };
  }

  return { attach };
})();
