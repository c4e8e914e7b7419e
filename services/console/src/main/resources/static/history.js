// The events panel: the live stream and the history of the log, filtered alike (series, forum, region, type,
// service, actor, text: the query parameters of /api/stream and /api/history), each event a sentence in the chosen
// language with its raw fields, its cause and what it caused a click away (/api/events/{id}). Uses app.js's helpers.
'use strict';

const EVENT_LABELS = {
  liveMode: { kk: 'Тікелей', ru: 'В реальном времени', en: 'Live' },
  historyMode: { kk: 'Тарих', ru: 'История', en: 'History' },
  older: { kk: 'Ертерек оқиғалар', ru: 'Более ранние события', en: 'Older events' },
  thisSeries: { kk: 'Тек осы серия', ru: 'Только эта серия', en: 'This series only' },
  anyType: { kk: 'Оқиға түрі', ru: 'Тип события', en: 'Event type' },
  anyService: { kk: 'Қызмет', ru: 'Служба', en: 'Service' },
  actorFilter: { kk: 'Кім', ru: 'Кто', en: 'Who' },
  textFilter: { kk: 'Мәтін бойынша іздеу', ru: 'Поиск по тексту', en: 'Search the text' },
  forumFilter: { kk: 'Форум', ru: 'Форум', en: 'Forum' },
  apply: { kk: 'Сүзу', ru: 'Применить', en: 'Filter' },
  searched: { kk: 'қаралған оқиғалар', ru: 'просмотрено событий', en: 'events searched' },
  ofTotal: { kk: 'журналда барлығы', ru: 'всего в журнале', en: 'in the log' },
  none: { kk: 'Оқиға табылмады', ru: 'Событий не найдено', en: 'No events found' },
  causedBy: { kk: 'Себебі', ru: 'Причина', en: 'Caused by' },
  caused: { kk: 'Салдары', ru: 'Последствия', en: 'What it caused' },
  rawFields: { kk: 'Бастапқы өрістер', ru: 'Исходные поля', en: 'Raw fields' },
  close: { kk: 'Жабу', ru: 'Закрыть', en: 'Close' },
  trace: { kk: 'Трасса', ru: 'Трасса', en: 'Trace' },
  noTrace: { kk: 'трассасыз жазылған', ru: 'записано без трассы', en: 'written without a trace' },
};
const tl = (key) => (EVENT_LABELS[key] || {})[lang] || t(key);

let eventsMode = 'live';
let liveSource = null;
let olderCursor = null;

/** The filters of the form as query parameters. */
function eventQuery() {
  const form = $('event-filters');
  const query = new URLSearchParams();
  const data = new FormData(form);
  if (data.get('thisSeries') && currentSeries) query.set('series', currentSeries);
  for (const name of ['forum', 'region', 'type', 'service', 'actor', 'q']) {
    const value = (data.get(name) || '').trim();
    if (value) query.set(name, value);
  }
  return query;
}

/** One event: when, its sentence in the chosen language (or its type), who, and its fields; a click opens it. */
function eventRow(e) {
  const sentence = e.sentence && e.sentence[lang];
  const row = el('tr', { className: (e.type === 'DeadLetter' ? 'dead ' : '') + 'event', title: e.eventId },
    el('td', { className: 'when', textContent: e.occurredAt.replace('T', ' ').replace('Z', '') }),
    el('td', { className: 'type' }, ...typeWords(e.type), el('br'),
      el('span', { className: 'actor', textContent: (e.actorName || e.actorId) + ' (' + e.actorKind + ')' })),
    el('td', { className: 'details' },
      sentence ? el('div', { className: 'sentence', textContent: sentence }) : '',
      el('div', { className: sentence ? 'fields' : '', textContent: (e.forumId ? e.forumId + ' · ' : '') + e.details })));
  row.addEventListener('click', () => openEvent(e.eventId));
  row.entry = e;
  return row;
}

function connectLive() {
  if (liveSource) liveSource.close();
  $('stream').replaceChildren();
  const query = eventQuery().toString();
  liveSource = new EventSource('/api/stream' + (query ? '?' + query : ''));
  liveSource.addEventListener('open', () => { streamState = 'live'; applyLanguage(); });
  liveSource.addEventListener('error', () => { streamState = 'disconnected'; applyLanguage(); });
  liveSource.addEventListener('relay-event', (message) => {
    const rows = $('stream');
    rows.prepend(eventRow(JSON.parse(message.data)));
    while (rows.children.length > 300) rows.lastChild.remove();
    scheduleRefresh();
  });
}

/** The next page of history, older than the last shown (the first page: the newest). */
async function loadHistory(fresh) {
  const query = eventQuery();
  if (!fresh && olderCursor) query.set('before', olderCursor);
  query.set('limit', '50');
  const page = await getJson('/api/history?' + query.toString());
  const rows = $('stream');
  if (fresh) rows.replaceChildren();
  page.events.forEach((e) => rows.append(eventRow(e)));
  olderCursor = page.before || null;
  $('older-button').hidden = !olderCursor;
  $('history-note').textContent = rows.children.length ? page.searched + ' ' + tl('searched') + ' · '
    + page.total + ' ' + tl('ofTotal') : tl('none');
}

function showEvents() {
  document.querySelectorAll('[data-mode]').forEach((b) => b.classList.toggle('active', b.dataset.mode === eventsMode));
  $('history-note').textContent = '';
  $('older-button').hidden = true;
  if (eventsMode === 'live') {
    connectLive();
  } else {
    if (liveSource) liveSource.close();
    liveSource = null;
    olderCursor = null;
    loadHistory(true);
  }
}

/** An event opened: its sentence, its trace, what caused it and what it caused (each opens in turn), its raw fields. */
async function openEvent(id) {
  const detail = await getJson('/api/events/' + encodeURIComponent(id));
  const chain = (title, entries) => entries.length ? el('div', {}, el('h4', { textContent: tl(title) }),
    el('table', { className: 'events' }, el('tbody', {}, ...entries.map(eventRow)))) : '';
  $('event-detail').replaceChildren(
    el('button', { type: 'button', textContent: tl('close'), onclick: () => { $('event-detail').hidden = true; } }),
    el('table', { className: 'events' }, el('tbody', {}, eventRow(detail.event))),
    // The trace the record carries: the same id finds its spans in the trace backend (Jaeger, Tempo, …).
    el('p', { className: 'trace' }, el('span', { textContent: tl('trace') + ': ' }),
      detail.traceId ? el('code', { id: 'event-trace', textContent: detail.traceId })
        : el('span', { id: 'event-trace', textContent: tl('noTrace') })),
    chain('causedBy', detail.causedBy), chain('caused', detail.caused),
    detail.raw ? el('details', {}, el('summary', { textContent: tl('rawFields') }),
      el('pre', { className: 'raw', textContent: JSON.stringify(JSON.parse(detail.raw), null, 2) })) : '');
  $('event-detail').hidden = false;
}

/** The labels of the panel, and the events shown, in the chosen language (nothing is asked again). */
function labelEvents() {
  document.querySelectorAll('tr.event').forEach((row) => { if (row.entry) row.replaceWith(eventRow(row.entry)); });
  document.querySelectorAll('[data-events-i18n]').forEach((node) => { node.textContent = tl(node.dataset.eventsI18n); });
  document.querySelectorAll('[data-events-placeholder]').forEach((node) => {
    node.placeholder = tl(node.dataset.eventsPlaceholder);
  });
}

function startEvents() {
  labelEvents();
  document.querySelectorAll('[data-mode]').forEach((b) => b.addEventListener('click', () => {
    eventsMode = b.dataset.mode;
    showEvents();
  }));
  $('event-filters').addEventListener('submit', (e) => { e.preventDefault(); showEvents(); });
  $('older-button').addEventListener('click', () => loadHistory(false));
  showEvents();
}
