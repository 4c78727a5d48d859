// Parley dashboard: plain JavaScript over the server's JSON API, no build step and nothing from elsewhere.
// Every text that comes from the store reaches the page through textContent, text nodes or attribute values set
// with setAttribute, never through innerHTML: an article may hold markup, and it must show as text.
'use strict';

(() => {
  const SVG = 'http://www.w3.org/2000/svg';
  const QUADS = [
    { key: 'verbal_cooperation', label: 'verbal cooperation', css: 'q1', colour: '#3f9a62' },
    { key: 'material_cooperation', label: 'material cooperation', css: 'q2', colour: '#2f6db5' },
    { key: 'verbal_conflict', label: 'verbal conflict', css: 'q3', colour: '#d98a1c' },
    { key: 'material_conflict', label: 'material conflict', css: 'q4', colour: '#c4372f' },
  ];
  const DAY = 86400000;

  const byId = (id) => document.getElementById(id);
  const form = byId('controls');
  let gazetteer = null;
  let listed = { query: null, next: null };

  // ---- DOM helpers: text only ----

  /** "1 outlet", "2 outlets". */
  function counted(count, noun) {
    return count + ' ' + noun + (count === 1 ? '' : 's');
  }

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    setAttributes(node, attributes);
    append(node, children);
    return node;
  }

  function svg(tag, attributes, ...children) {
    const node = document.createElementNS(SVG, tag);
    setAttributes(node, attributes);
    append(node, children);
    return node;
  }

  function setAttributes(node, attributes) {
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined && value !== false) {
        node.setAttribute(name, String(value));
      }
    }
  }

  function append(node, children) {
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) {
        continue;
      }
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
    return node;
  }

  function status(message) {
    byId('status').textContent = message || '';
  }

  // ---- API ----

  async function api(path, params) {
    const query = params ? '?' + params.toString() : '';
    const response = await fetch(path + query, { headers: { Accept: 'application/json' } });
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      throw new Error(path + ': ' + response.status + ' ' + response.statusText);
    }
    if (!response.ok) {
      throw new Error(body && body.error ? body.error : path + ': ' + response.status);
    }
    return body;
  }

  /** The filters of the form, as the API's parameters: one actor is either side, two are the events between them. */
  function filters(options) {
    const params = new URLSearchParams();
    for (const actor of actors()) {
      params.append('actor', actor);
    }
    const from = byId('from').value;
    const to = byId('to').value;
    if (from) params.set('from', from);
    if (to) params.set('to', to);
    const mode = byId('mode').value;
    if (mode && !(options && options.withoutMode)) params.set('mode', mode);
    return params;
  }

  function actors() {
    return [byId('actor-a').value, byId('actor-b').value]
      .map((value) => value.trim().toUpperCase())
      .filter((value) => value.length > 0);
  }

  // ---- dates and periods ----

  function parseDay(text) {
    const [year, month, day] = text.split('-').map(Number);
    return Date.UTC(year, month - 1, day || 1);
  }

  function formatDay(time) {
    return new Date(time).toISOString().slice(0, 10);
  }

  function periodStart(time, by) {
    const date = new Date(time);
    if (by === 'week') {
      return time - ((date.getUTCDay() + 6) % 7) * DAY; // weeks start on Monday, as in the store
    }
    if (by === 'month') {
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
    }
    return time;
  }

  function nextPeriod(time, by) {
    if (by === 'week') return time + 7 * DAY;
    if (by === 'month') {
      const date = new Date(time);
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
    }
    return time + DAY;
  }

  function describePeriod(start, by) {
    if (by === 'week') return 'the week of ' + start;
    if (by === 'month') return start.slice(0, 7);
    return start;
  }

  // ---- the chart ----

  function drawChart(points, by) {
    const chart = clear(byId('chart'));
    byId('chart-title').textContent = 'Events per ' + by + (actors().length ? ' · ' + actors().join(' ↔ ') : '');
    if (points.length === 0) {
      chart.appendChild(el('p', { class: 'muted' }, 'No events for these filters.'));
      return;
    }
    // Periods without events are drawn as zero, so the time axis stays true; very long ranges keep only their points.
    const known = new Map(points.map((point) => [point.period, point]));
    const from = byId('from').value ? periodStart(parseDay(byId('from').value), by) : parseDay(points[0].period);
    const to = byId('to').value ? periodStart(parseDay(byId('to').value), by) : parseDay(points[points.length - 1].period);
    let series = [];
    for (let time = Math.min(from, parseDay(points[0].period)); time <= Math.max(to, parseDay(points[points.length - 1].period)) && series.length <= 1500; time = nextPeriod(time, by)) {
      const day = formatDay(time);
      series.push(known.get(day) || { period: day, events: 0, mentions: 0, goldstein_sum: 0, verbal_cooperation: 0, material_cooperation: 0, verbal_conflict: 0, material_conflict: 0 });
    }
    if (series.length > 1500) {
      series = points;
    }

    // Two strips on one time axis: events per period by quad class above, their Goldstein sum below.
    const width = 900;
    const height = 300;
    const margin = { left: 44, right: 16, top: 18, bottom: 24 };
    const barsHeight = 160;
    const gap = 26;
    const lineTop = margin.top + barsHeight + gap;
    const lineHeight = height - margin.bottom - lineTop;
    const plotWidth = width - margin.left - margin.right;
    const maxEvents = Math.max(1, ...series.map((point) => point.events));
    const extent = Math.max(1, ...series.map((point) => Math.abs(point.goldstein_sum)));
    const step = plotWidth / series.length;
    const x = (index) => margin.left + step * (index + 0.5);
    const yEvents = (count) => margin.top + barsHeight - (count / maxEvents) * barsHeight;
    const yGoldstein = (value) => lineTop + lineHeight / 2 - (value / extent) * (lineHeight / 2);

    const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Events per ' + by + ' by quad class, and their Goldstein sum' });
    root.appendChild(svg('line', { class: 'axis', x1: margin.left, x2: width - margin.right, y1: yEvents(0), y2: yEvents(0) }));
    for (const count of [...new Set([0, Math.round(maxEvents / 2), maxEvents])]) {
      root.appendChild(svg('text', { x: margin.left - 6, y: yEvents(count) + 3, 'text-anchor': 'end' }, String(count)));
    }
    root.appendChild(svg('text', { x: 4, y: 10 }, 'events'));
    root.appendChild(svg('text', { x: width - margin.right, y: lineTop - 6, 'text-anchor': 'end' }, 'Goldstein sum'));
    root.appendChild(svg('line', { class: 'axis', x1: margin.left, x2: width - margin.right, y1: yGoldstein(0), y2: yGoldstein(0), 'stroke-dasharray': '3 3' }));
    for (const value of [extent, 0, -extent]) {
      root.appendChild(svg('text', { x: margin.left - 6, y: yGoldstein(value) + 3, 'text-anchor': 'end' }, value === 0 ? '0' : value.toFixed(1)));
    }

    const labelEvery = Math.max(1, Math.ceil(series.length / 8));
    const barWidth = Math.max(1, Math.min(28, step * 0.7));
    series.forEach((point, index) => {
      const group = svg('g', { class: 'period', 'data-period': point.period });
      let base = 0;
      for (const quad of QUADS) {
        const count = point[quad.key];
        if (count > 0) {
          group.appendChild(svg('rect', {
            class: 'bar ' + quad.css, fill: quad.colour, x: x(index) - barWidth / 2, width: barWidth,
            y: yEvents(base + count), height: yEvents(base) - yEvents(base + count), 'data-period': point.period,
          }, svg('title', {}, `${point.period}: ${count} ${quad.label}`)));
          base += count;
        }
      }
      group.addEventListener('click', () => selectPeriod(point.period, by));
      root.appendChild(group);
      if (index % labelEvery === 0) {
        root.appendChild(svg('text', { x: x(index), y: height - 8, 'text-anchor': 'middle' }, by === 'month' ? point.period.slice(0, 7) : point.period.slice(5)));
      }
    });
    root.appendChild(svg('polyline', { class: 'goldstein-line', points: series.map((point, index) => `${x(index)},${yGoldstein(point.goldstein_sum)}`).join(' ') }));
    series.forEach((point, index) => {
      if (point.events === 0) {
        return;
      }
      const circle = svg('circle', { class: 'point', cx: x(index), cy: yGoldstein(point.goldstein_sum), r: 4.5, 'data-period': point.period, tabindex: 0 },
        svg('title', {}, `${describePeriod(point.period, by)}: ${point.events} events, ${point.mentions} mentions, Goldstein sum ${point.goldstein_sum.toFixed(1)}`));
      circle.addEventListener('click', () => selectPeriod(point.period, by));
      circle.addEventListener('keydown', (event) => { if (event.key === 'Enter') selectPeriod(point.period, by); });
      root.appendChild(circle);
    });
    chart.appendChild(root);
  }

  function drawLegend() {
    const legend = clear(byId('legend'));
    for (const quad of QUADS) {
      legend.appendChild(el('span', { class: quad.css }, quad.label));
    }
    legend.appendChild(el('span', { class: 'goldstein' }, 'Goldstein sum (points: click to list)'));
  }

  // ---- the events of a period ----

  function selectPeriod(period, by) {
    for (const point of document.querySelectorAll('#chart .point')) {
      point.classList.toggle('selected', point.getAttribute('data-period') === period);
    }
    const start = parseDay(period);
    let end = nextPeriod(start, by) - DAY;
    let first = start;
    const from = byId('from').value;
    const to = byId('to').value;
    if (from && parseDay(from) > first) first = parseDay(from);
    if (to && parseDay(to) < end) end = parseDay(to);
    const params = filters();
    params.set('from', formatDay(first));
    params.set('to', formatDay(end));
    params.set('limit', '50');
    byId('events-title').textContent = 'Events of ' + describePeriod(period, by);
    listEvents(params, false);
  }

  async function listEvents(params, more) {
    try {
      const query = new URLSearchParams(params);
      if (more && listed.next) query.set('cursor', listed.next);
      const page = await api('/api/events', query);
      const body = byId('events');
      if (!more) clear(body);
      byId('events-hint').hidden = true;
      for (const event of page.events) {
        body.appendChild(eventRow(event));
      }
      if (!more && page.events.length === 0) {
        body.appendChild(el('tr', {}, el('td', { class: 'muted' }, 'No events.')));
      }
      listed = { query: params, next: page.next };
      byId('more-events').hidden = !page.next;
    } catch (error) {
      status(error.message);
    }
  }

  function quadOf(event) {
    return 'q' + event.quad_class;
  }

  function modeText(mode) {
    const words = [];
    if (mode.negated) words.push('negated');
    if (mode.hypothetical) words.push('hypothetical');
    if (mode.claimed_by) words.push('claimed by ' + mode.claimed_by.text + ' (' + mode.claimed_by.code + ')');
    return words.length ? words.join(', ') : 'asserted';
  }

  function modeClass(mode) {
    if (mode.claimed_by) return 'mode claimed';
    if (mode.negated) return 'mode negated';
    if (mode.hypothetical) return 'mode hypothetical';
    return 'mode';
  }

  function dyadText(event) {
    return event.source.code + ' → ' + (event.target ? event.target.code : '—');
  }

  function eventRow(event) {
    const sentence = event.sentence.text.length > 160 ? event.sentence.text.slice(0, 157) + '…' : event.sentence.text;
    const row = el('tr', { class: 'clickable event-row', 'data-event-id': event.id, tabindex: 0 },
      el('td', { class: 'date' }, event.date || ''),
      el('td', {}, el('span', { class: 'badge ' + quadOf(event), title: 'CAMEO ' + event.cameo }, event.plover || event.cameo)),
      el('td', { class: 'dyad' }, dyadText(event)),
      el('td', {}, el('span', { class: modeClass(event.mode) }, modeText(event.mode))),
      el('td', { class: 'sentence' }, sentence),
      el('td', { class: 'number', title: event.num_mentions + ' mentions in ' + event.num_articles + ' articles' }, counted(event.num_sources, 'outlet')));
    row.addEventListener('click', () => showEvent(event.id, row));
    row.addEventListener('keydown', (key) => { if (key.key === 'Enter') showEvent(event.id, row); });
    return row;
  }

  // ---- evidence ----

  async function showEvent(id, row) {
    for (const other of document.querySelectorAll('tr.selected')) other.classList.remove('selected');
    if (row) row.classList.add('selected');
    try {
      const detail = await api('/api/events/' + encodeURIComponent(id));
      renderEvent(detail);
      const first = detail.mentions[0];
      if (first) {
        await showArticle(first.article.id, first.id);
      }
    } catch (error) {
      status(error.message);
    }
  }

  function actorText(actor) {
    return actor ? actor.text + ' (' + actor.code + ')' : '—';
  }

  function renderEvent(detail) {
    const event = detail.event;
    const box = clear(byId('evidence'));
    box.appendChild(el('h3', { id: 'evidence-title' },
      el('span', { class: 'badge ' + quadOf(event) }, event.plover || 'CAMEO'), ' ', event.cameo, ' · ', dyadText(event), ' · ', event.date || 'undated'));
    const facts = el('dl', {});
    const fact = (name, ...value) => { facts.appendChild(el('dt', {}, name)); facts.appendChild(el('dd', {}, ...value)); };
    fact('Source', actorText(event.source));
    fact('Target', actorText(event.target));
    fact('Mode', el('span', { class: modeClass(event.mode), id: 'evidence-mode' }, modeText(event.mode)));
    fact('Goldstein', String(event.goldstein), ' · quad class ', String(event.quad_class), ' (', QUADS[event.quad_class - 1].label, ')');
    fact('Where', event.location ? event.location.text + (event.location.country ? ' (' + event.location.country + ')' : '') : 'not stated');
    fact('Reported', `${counted(event.num_mentions, 'mention')} in ${counted(event.num_articles, 'article')} by ${counted(event.num_sources, 'outlet')}`);
    box.appendChild(facts);
    const list = el('ul', { class: 'mentions', id: 'mentions' });
    for (const mention of detail.mentions) {
      const open = el('button', { type: 'button' }, (mention.article.source || 'unknown outlet') + ' · ' + (mention.article.published || '') + ' · ' + mention.article.title);
      open.addEventListener('click', () => showArticle(mention.article.id, mention.id));
      list.appendChild(el('li', { 'data-mention-id': mention.id }, open, el('div', { class: 'sentence' }, marked(mention.sentence.text, mention.highlights)),
        el('div', { class: modeClass(mention.mode) }, modeText(mention.mode))));
    }
    box.appendChild(el('h4', {}, 'Mentions across outlets'));
    box.appendChild(list);
    box.appendChild(el('div', { id: 'article', class: 'article' }));
  }

  /** The sentence as text nodes, with each highlight in a mark of its kind (the server sorts them and drops overlaps). */
  function marked(text, highlights) {
    const parts = [];
    let at = 0;
    for (const highlight of highlights || []) {
      if (highlight.begin < at || highlight.end > text.length) continue;
      parts.push(text.slice(at, highlight.begin));
      parts.push(el('mark', { class: highlight.kind, title: highlight.kind }, text.slice(highlight.begin, highlight.end)));
      at = highlight.end;
    }
    parts.push(text.slice(at));
    return parts;
  }

  async function showArticle(articleId, mentionId) {
    for (const item of document.querySelectorAll('.mentions li')) {
      item.classList.toggle('selected', item.getAttribute('data-mention-id') === mentionId);
    }
    try {
      const detail = await api('/api/articles/' + encodeURIComponent(articleId));
      const box = byId('article');
      if (!box) return;
      clear(box);
      const article = detail.article;
      const mention = detail.mentions.find((candidate) => candidate.id === mentionId);
      box.appendChild(el('h4', { id: 'article-title' }, article.title));
      const meta = el('p', { class: 'muted' }, (article.source || 'unknown outlet') + ' · ' + (article.published || 'undated'));
      if (article.url && /^https?:\/\//i.test(article.url)) {
        meta.appendChild(document.createTextNode(' · '));
        meta.appendChild(el('a', { href: article.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original'));
      }
      if (article.duplicate_of) {
        meta.appendChild(document.createTextNode(' · republishes ' + article.duplicate_of));
      }
      box.appendChild(meta);
      for (const sentence of detail.sentences) {
        if (sentence.index === 0 && sentence.text === article.title) continue; // the title, shown above
        const evidence = mention && mention.sentence.index === sentence.index;
        box.appendChild(el('p', { class: evidence ? 'sentence evidence' : 'sentence', 'data-sentence': sentence.index },
          evidence ? marked(sentence.text, mention.highlights) : sentence.text));
      }
      if (mention && mention.sentence.index === 0) {
        box.appendChild(el('p', { class: 'sentence evidence', 'data-sentence': 0 }, marked(mention.sentence.text, mention.highlights)));
      }
    } catch (error) {
      status(error.message);
    }
  }

  // ---- map ----

  async function drawMap() {
    const map = clear(byId('map'));
    const width = 720;
    const height = 360;
    const project = (lat, lon) => [(lon + 180) * 2, (90 - lat) * 2];
    // Latitudes 80 N to 60 S: the news rarely happens nearer the poles, and the map stays low.
    const root = svg('svg', { viewBox: `0 20 ${width} 280`, role: 'img', 'aria-label': 'Map of event locations' });
    root.appendChild(svg('rect', { class: 'ocean', x: 0, y: 0, width, height }));
    for (let lon = -150; lon <= 150; lon += 30) {
      root.appendChild(svg('line', { class: 'graticule', x1: (lon + 180) * 2, x2: (lon + 180) * 2, y1: 0, y2: height }));
    }
    for (let lat = -60; lat <= 60; lat += 30) {
      root.appendChild(svg('line', { class: 'graticule', y1: (90 - lat) * 2, y2: (90 - lat) * 2, x1: 0, x2: width }));
    }
    try {
      if (!gazetteer) {
        gazetteer = (await api('/api/gazetteer')).places;
      }
      for (const [lat, lon] of gazetteer) {
        const [px, py] = project(lat, lon);
        root.appendChild(svg('circle', { class: 'land', cx: px.toFixed(1), cy: py.toFixed(1), r: 1.1 }));
      }
      const params = filters();
      params.set('limit', '100');
      const places = (await api('/api/places', params)).places;
      const most = Math.max(1, ...places.map((place) => place.events));
      places.forEach((place, index) => {
        const [px, py] = project(place.lat, place.lon);
        const radius = 2.5 + 9 * Math.sqrt(place.events / most);
        root.appendChild(svg('circle', { class: 'place', cx: px, cy: py, r: radius, 'data-place': place.location },
          svg('title', {}, `${place.location}${place.country ? ' (' + place.country + ')' : ''}: ${place.events} events`)));
        if (index < 8) {
          root.appendChild(svg('text', { class: 'place-label', x: px + radius + 2, y: py + 3 }, place.location));
        }
      });
    } catch (error) {
      status(error.message);
    }
    map.appendChild(root);
  }

  // ---- tables ----

  async function drawDyads() {
    const body = clear(byId('dyads'));
    const params = filters();
    params.set('limit', '10');
    const dyads = (await api('/api/dyads', params)).dyads;
    for (const dyad of dyads) {
      const row = el('tr', { class: 'clickable', title: 'Show this dyad' },
        el('td', {}, dyad.source + ' → ' + dyad.target),
        el('td', { class: 'number' }, dyad.events + ' events'),
        el('td', { class: 'number' }, 'Goldstein ' + dyad.goldstein_sum.toFixed(1)));
      row.addEventListener('click', () => {
        byId('actor-a').value = dyad.source;
        byId('actor-b').value = dyad.target;
        refresh();
      });
      body.appendChild(row);
    }
    if (dyads.length === 0) body.appendChild(el('tr', {}, el('td', { class: 'muted' }, 'No dyads.')));
  }

  async function drawTypes() {
    const body = clear(byId('types'));
    const params = filters();
    params.set('limit', '10');
    const types = (await api('/api/types', params)).types;
    for (const type of types) {
      body.appendChild(el('tr', {},
        el('td', {}, type.cameo),
        el('td', {}, type.name),
        el('td', {}, el('span', { class: 'badge q' + type.quad_class }, type.plover || '—')),
        el('td', { class: 'number' }, type.events + ' events')));
    }
    if (types.length === 0) body.appendChild(el('tr', {}, el('td', { class: 'muted' }, 'No events.')));
  }

  async function drawAgreements() {
    const box = clear(byId('agreements'));
    if (actors().length === 0) {
      box.appendChild(el('p', { class: 'muted' }, 'Pick one or two actors to track their agreements.'));
      return;
    }
    const params = new URLSearchParams();
    for (const actor of actors()) params.append('actor', actor);
    if (byId('from').value) params.set('from', byId('from').value);
    if (byId('to').value) params.set('to', byId('to').value);
    params.set('days', '30');
    const rows = (await api('/api/agreements', params)).agreements;
    if (rows.length === 0) {
      box.appendChild(el('p', { class: 'muted' }, 'No agreements in this range.'));
      return;
    }
    let current = null;
    for (const row of rows) {
      if (row.kind === 'agreement') {
        const head = el('div', { class: 'head clickable' }, row.date + ' · ' + row.by_actor + ' ↔ ' + row.against + ' · ' + row.cameo + ' ' + (row.plover || '') + ' · ' + row.mode + ' · ' + counted(row.num_sources, 'outlet'));
        head.addEventListener('click', () => showEvent(row.event_id));
        current = el('ul', {});
        box.appendChild(el('div', { class: 'agreement', 'data-agreement-id': row.agreement_id }, head, el('div', { class: 'muted' }, row.event_text), current));
      } else if (current) {
        const item = el('li', { class: 'clickable ' + row.kind },
          '+' + row.days_after + ' d · ', el('strong', {}, row.kind), ' · ' + row.by_actor + ' → ' + row.against + ' · ' + row.cameo + ' · ',
          el('span', { class: row.mode.startsWith('claimed') ? 'mode claimed' : 'mode' }, row.mode), ' — ' + row.event_text);
        item.addEventListener('click', () => showEvent(row.event_id));
        current.appendChild(item);
      }
    }
    for (const agreement of box.querySelectorAll('.agreement ul')) {
      if (!agreement.firstChild) agreement.appendChild(el('li', { class: 'none' }, 'No accusation or attack followed within 30 days.'));
    }
  }

  // ---- completion ----

  function completion(input, list) {
    let timer = null;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      const prefix = input.value.trim();
      if (prefix.length === 0 || prefix.length > 64) return;
      timer = setTimeout(async () => {
        try {
          const found = (await api('/api/actors', new URLSearchParams({ prefix, limit: '12' }))).actors;
          clear(list);
          for (const actor of found) {
            const option = el('option', { value: actor.code });
            option.label = actor.name + ' · ' + actor.mentions + ' mentions';
            list.appendChild(option);
          }
        } catch (error) {
          status(error.message);
        }
      }, 150);
    });
  }

  // ---- the whole page ----

  async function refresh() {
    status('');
    const by = byId('by').value;
    const query = new URLSearchParams();
    for (const [name, id] of [['a', 'actor-a'], ['b', 'actor-b'], ['from', 'from'], ['to', 'to'], ['by', 'by'], ['mode', 'mode']]) {
      if (byId(id).value) query.set(name, byId(id).value);
    }
    history.replaceState(null, '', '?' + query.toString());
    const params = filters();
    params.set('by', by);
    clear(byId('events'));
    byId('events-hint').hidden = false;
    byId('more-events').hidden = true;
    byId('events-title').textContent = 'Events';
    try {
      const series = (await api('/api/series', params)).series;
      drawChart(series, by);
    } catch (error) {
      status(error.message);
    }
    await Promise.all([drawMap(), drawDyads().catch((e) => status(e.message)), drawTypes().catch((e) => status(e.message)),
      drawAgreements().catch((e) => status(e.message))]);
    document.body.setAttribute('data-loaded', String(Number(document.body.getAttribute('data-loaded') || '0') + 1));
  }

  async function start() {
    drawLegend();
    const given = new URLSearchParams(location.search);
    for (const [name, id] of [['a', 'actor-a'], ['b', 'actor-b'], ['from', 'from'], ['to', 'to'], ['by', 'by'], ['mode', 'mode']]) {
      if (given.get(name)) byId(id).value = given.get(name);
    }
    completion(byId('actor-a'), byId('actors-a'));
    completion(byId('actor-b'), byId('actors-b'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      refresh();
    });
    byId('more-events').addEventListener('click', () => listEvents(listed.query, true));
    try {
      const summary = await api('/api/summary');
      byId('summary').textContent = `${summary.articles} articles · ${summary.events} events · ${summary.mentions} mentions` +
        (summary.first_date ? ` · ${summary.first_date} to ${summary.last_date}` : '');
      if (!byId('from').value && summary.first_date) byId('from').value = summary.first_date;
      if (!byId('to').value && summary.last_date) byId('to').value = summary.last_date;
    } catch (error) {
      status(error.message);
    }
    await refresh();
  }

  start();
})();
