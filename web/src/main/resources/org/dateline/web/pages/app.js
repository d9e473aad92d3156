// Shared helpers for Dateline's pages. Every piece of data goes into the page as text (textContent, attribute
// values via setAttribute on safe attributes): never innerHTML, so article text can never become markup.
'use strict';
const DL = (() => {
  /** GET /api/... with query parameters; rejects with the server's error message. */
  async function api(path, params) {
    const url = new URL(path, location.origin);
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v);
    }
    const res = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(body.error || res.statusText);
    return body;
  }

  /** el('a', {href: x, class: 'y'}, 'text', child...): strings become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'onclick') node.addEventListener('click', v);
      else if (k === 'href') node.setAttribute('href', safeHref(v));
      else node.setAttribute(k, v);
    }
    for (const c of children.flat(Infinity)) {
      if (c === undefined || c === null || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  /** Only same-site relative links: a crafted value can never become a javascript: URL. */
  function safeHref(v) {
    const s = String(v);
    return /^[a-z]+\.html(\?[^#]*)?(#.*)?$|^\/|^#/.test(s) && !s.startsWith('//') ? s : '#';
  }

  /** A link out to an article's source: only http(s) addresses, opened without a referrer or a handle back. */
  function sourceLink(url, text) {
    let u;
    try { u = new URL(String(url)); } catch (e) { return null; }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    const a = el('a', { class: 'source-link', rel: 'noopener noreferrer external', target: '_blank' }, text || u.href);
    a.setAttribute('href', u.href);
    return a;
  }

  const q = (params) => new URLSearchParams(params).toString();
  const actorLink = (name) => el('a', { href: 'actor.html?' + q({ name }), class: 'actor' }, name);
  const eventLink = (id, text) => el('a', { href: 'event.html?' + q({ id }) }, text || id);
  const articleLink = (id, text) => el('a', { href: 'article.html?' + q({ id }) }, text || id);
  const threadLink = (id, text) => el('a', { href: 'thread.html?' + q({ id }) }, text || id);
  const param = (name) => new URLSearchParams(location.search).get(name);

  function participants(list) {
    const out = [];
    (list || []).forEach((p, i) => { if (i) out.push(', '); out.push(actorLink(p.name)); });
    return out;
  }

  /** A code shown as a link to its codebook entry: codeLink('type', 'CONSULT'), codeLink('mod', 'ON_OR_BEFORE'). */
  function codeLink(kind, value, text) {
    return el('a', { href: 'codebook.html#' + kind + '-' + value, class: 'code', title: 'what ' + value + ' means' }, text || value);
  }

  /** A TimeML date value, linked to the codebook's reading of date values. */
  const dateValue = (v) => el('a', { href: 'codebook.html#timeml', class: 'code', title: 'TimeML value: how to read it' }, v);

  function status(s) {
    const badge = el('span', { class: 'status status-' + (s || 'unknown') }, s || '?');
    return s ? el('a', { href: 'codebook.html#status-' + s, class: 'code', title: 'what ' + s + ' means' }, badge) : badge;
  }

  /** A table of event summaries. */
  function eventTable(events) {
    const head = el('tr', {}, ['date', 'status', 'type', 'actors', 'recipients', 'place', 'report'].map((h) => el('th', {}, h)));
    const rows = events.map((e) => el('tr', { class: 'event-row', 'data-id': e.id },
      el('td', {}, eventLink(e.id, e.date || '(no date)')),
      el('td', {}, status(e.status)),
      el('td', {}, e.type ? codeLink('type', e.type) : ''),
      el('td', {}, participants(e.actors)),
      el('td', {}, participants(e.recipients)),
      el('td', {}, e.place || ''),
      el('td', { class: 'sentence' }, e.sentence || e.headline || '')));
    return el('table', { class: 'events' }, el('thead', {}, head), el('tbody', {}, rows));
  }

  /** Previous / next controls for a page object {items,total,limit,offset,more}. */
  function pager(page, go) {
    const shown = page.items.length;
    const label = shown ? `${page.offset + 1}–${page.offset + shown}` + (page.total >= 0 ? ` of ${page.total}` : '') : 'nothing';
    return el('div', { class: 'pager' },
      el('button', { type: 'button', disabled: page.offset === 0 ? 'disabled' : null, onclick: () => go(Math.max(0, page.offset - page.limit)) }, '← previous'),
      el('span', {}, label),
      el('button', { type: 'button', disabled: page.more ? null : 'disabled', onclick: () => go(page.offset + page.limit) }, 'next →'));
  }

  /** Text with highlighted spans ({kind,start,end,value}, non-overlapping, in order) as marks. */
  function marked(text, spans) {
    const out = [];
    let at = 0;
    for (const s of spans || []) {
      if (s.start < at || s.end > text.length) continue;
      out.push(text.slice(at, s.start));
      out.push(el('mark', { class: 'hl-' + s.kind, title: s.kind + ': ' + (s.value || '') }, text.slice(s.start, s.end)));
      at = s.end;
    }
    out.push(text.slice(at));
    return out;
  }

  function show(target, ...nodes) {
    const t = typeof target === 'string' ? document.getElementById(target) : target;
    t.replaceChildren(...nodes.flat(Infinity));
  }

  function fail(target, err) { show(target, el('p', { class: 'error' }, 'Error: ' + err.message)); }

  function nav() {
    const links = [['index.html', 'Search'], ['events.html', 'Events'], ['actors.html', 'Actors'],
      ['network.html', 'Network'], ['threads.html', 'Threads'], ['map.html', 'Map'], ['codebook.html', 'Codebook']];
    const here = location.pathname.split('/').pop() || 'index.html';
    const bar = el('nav', {}, el('strong', {}, 'Dateline'),
      links.map(([href, text]) => el('a', { href, class: href === here ? 'here' : null }, text)));
    document.body.prepend(bar);
  }

  document.addEventListener('DOMContentLoaded', nav);
  return { api, el, q, actorLink, eventLink, articleLink, threadLink, param, participants, status, codeLink, dateValue, sourceLink, eventTable, pager, marked, show, fail };
})();
