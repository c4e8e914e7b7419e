'use strict';
/* What became of the adopted recommendations (issue 13), in Kazakh, Russian and English: the series-wide table by
   addressee and status, with its filters, and on a forum's page the open items of the forums before it. Read from the
   console's own fold of the log. Uses app.js's lang, $, el, text and getJson, and resolution.js's tables of names,
   when called; app.js calls renderFollowUp and renderEarlierOpen. */

const FOLLOW_UP_LABELS = {
  followUp: { kk: 'Ұсыныстардың орындалуы', ru: 'Исполнение рекомендаций', en: 'Follow-up of the recommendations' },
  followUpHint: {
    kk: 'Серияның қабылданған барлық ұсыныстары: кімге арналғаны және орындалу күйі',
    ru: 'Все принятые рекомендации серии: кому адресованы и как исполняются',
    en: 'Every adopted recommendation of the series: to whom, and what became of it',
  },
  addresseeKind: { kk: 'Кімге', ru: 'Адресат', en: 'Addressee' },
  status: { kk: 'Күйі', ru: 'Статус', en: 'Status' },
  any: { kk: 'барлығы', ru: 'все', en: 'all' },
  total: { kk: 'Барлығы', ru: 'Всего', en: 'Total' },
  forum: { kk: 'Форум', ru: 'Форум', en: 'Forum' },
  recommendation: { kk: 'Ұсыныс', ru: 'Рекомендация', en: 'Recommendation' },
  lastReport: { kk: 'Соңғы есеп', ru: 'Последний отчёт', en: 'Last report' },
  note: { kk: 'Ескертпе', ru: 'Примечание', en: 'Note' },
  noRows: { kk: 'Қабылданған ұсыныс әлі жоқ', ru: 'Принятых рекомендаций пока нет', en: 'No adopted recommendations yet' },
  earlierOpen: { kk: 'Алдыңғы форумдардың орындалмаған ұсыныстары', ru: 'Неисполненные рекомендации предыдущих форумов',
    en: 'Open items of earlier forums' },
  noneOpen: { kk: 'Алдыңғы форумдарда орындалмаған ұсыныс жоқ', ru: 'Неисполненных рекомендаций предыдущих форумов нет',
    en: 'No open items from earlier forums' },
};
const followUpLabel = (key) => (FOLLOW_UP_LABELS[key] || {})[lang] || key;

/** One adopted recommendation: its forum, text, addressee, status, and its latest report. */
function followUpRow(row) {
  return el('tr', { className: 'follow-up ' + row.status.toLowerCase(), title: `${row.forumId} · ${row.recommendationId}` },
    el('td', { textContent: `${row.position}. ${text(row.region) || row.regionCode}` }),
    el('td', { className: 'text', textContent: text(row.text) }),
    el('td', { textContent: `${text(row.addressee)} (${inLang(ADDRESSEE_KINDS, row.addresseeKind)})` }),
    el('td', { className: 'status', textContent: inLang(FOLLOW_UP_STATES, row.status) }),
    el('td', { className: 'when', textContent: row.lastReportedOn || '—' }),
    el('td', { textContent: row.lastNote || '—' }));
}

function followUpHead() {
  return el('tr', {}, ...['forum', 'recommendation', 'addresseeKind', 'status', 'lastReport', 'note']
    .map((k) => el('th', { textContent: followUpLabel(k) })));
}

/** A filter's options: every value, by its name in the language, after "all". */
function fillFilter(select, names) {
  const chosen = select.value;
  select.replaceChildren(el('option', { value: '', textContent: followUpLabel('any') }),
    ...Object.keys(names).map((key) => el('option', { value: key, textContent: inLang(names, key) })));
  select.value = chosen;
}

/** The series' table: counts per kind of addressee and status, then the rows the filters admit. */
async function renderFollowUp(seriesId) {
  const section = $('follow-up-section');
  if (!section) return;
  $('follow-up-title').textContent = followUpLabel('followUp');
  $('follow-up-hint').textContent = followUpLabel('followUpHint');
  $('follow-up-kind-label').textContent = followUpLabel('addresseeKind');
  $('follow-up-status-label').textContent = followUpLabel('status');
  fillFilter($('follow-up-kind'), ADDRESSEE_KINDS);
  fillFilter($('follow-up-status'), FOLLOW_UP_STATES);
  const query = new URLSearchParams();
  if ($('follow-up-kind').value) query.set('addresseeKind', $('follow-up-kind').value);
  if ($('follow-up-status').value) query.set('status', $('follow-up-status').value);
  const table = await getJson('/api/series/' + encodeURIComponent(seriesId) + '/recommendations?' + query);
  const statuses = Object.keys(FOLLOW_UP_STATES);
  const kinds = Object.keys(ADDRESSEE_KINDS).filter((kind) => table.byAddressee[kind]);
  const count = (kind, status) => (table.byAddressee[kind] || {})[status] || 0;
  $('follow-up-counts').replaceChildren(...(kinds.length ? [
    el('tr', {}, el('th', { textContent: followUpLabel('addresseeKind') }),
      ...statuses.map((s) => el('th', { textContent: inLang(FOLLOW_UP_STATES, s) })), el('th', { textContent: followUpLabel('total') })),
    ...kinds.map((kind) => el('tr', { className: 'count', title: kind }, el('td', { textContent: inLang(ADDRESSEE_KINDS, kind) }),
      ...statuses.map((s) => el('td', { className: 'number', textContent: String(count(kind, s)) })),
      el('td', { className: 'number', textContent: String(statuses.reduce((sum, s) => sum + count(kind, s), 0)) }))),
  ] : []));
  $('follow-up-rows').replaceChildren(...(table.rows.length ? [followUpHead(), ...table.rows.map(followUpRow)]
    : [el('tr', {}, el('td', { className: 'hint', textContent: followUpLabel('noRows') }))]));
}

/** On a forum's page: what the forums before it adopted and is not done or declined yet. */
async function renderEarlierOpen(forum) {
  if (!$('earlier-open-box')) return;
  $('earlier-open-title').textContent = followUpLabel('earlierOpen');
  const table = await getJson('/api/forums/' + encodeURIComponent(forum.forumId) + '/resolution/earlier-open');
  $('earlier-open').replaceChildren(...(table.rows.length ? [followUpHead(), ...table.rows.map(followUpRow)]
    : [el('tr', {}, el('td', { className: 'hint', textContent: followUpLabel('noneOpen') }))]));
}
