'use strict';
/* A forum's programme and the calendar feeds (decision 0018), in Kazakh, Russian and English.
   Uses app.js's lang, $, el and text when called; app.js calls renderProgramme and renderSeriesCalendar. */

const PROGRAMME_LABELS = {
  programme: { kk: 'Бағдарлама', ru: 'Программа', en: 'Programme' },
  noProgramme: { kk: 'Бағдарлама әлі жарияланған жоқ', ru: 'Программа ещё не опубликована', en: 'No programme published yet' },
  time: { kk: 'Уақыты (UTC+05:00)', ru: 'Время (UTC+05:00)', en: 'Time (UTC+05:00)' },
  kind: { kk: 'Түрі', ru: 'Формат', en: 'Kind' },
  topic: { kk: 'Тақырыбы', ru: 'Тема', en: 'Topic' },
  room: { kk: 'Зал', ru: 'Зал', en: 'Room' },
  moderator: { kk: 'Модератор', ru: 'Модератор', en: 'Moderator' },
  seats: { kk: 'Орын', ru: 'Мест', en: 'Seats' },
  wholeForum: { kk: 'бүкіл форум', ru: 'весь форум', en: 'whole forum' },
  programmeCalendar: { kk: 'Бағдарламаны күнтізбеге қосу (.ics)', ru: 'Добавить программу в календарь (.ics)', en: 'Add the programme to your calendar (.ics)' },
  seriesCalendar: { kk: 'Серияны күнтізбеге қосу (.ics)', ru: 'Добавить серию в календарь (.ics)', en: 'Add the series to your calendar (.ics)' },
};

const SESSION_KINDS = {
  PLENARY: { kk: 'Пленарлық отырыс', ru: 'Пленарное заседание', en: 'Plenary session' },
  PANEL: { kk: 'Панельдік сессия', ru: 'Панельная сессия', en: 'Panel session' },
  DIALOGUE_PLATFORM: { kk: 'Диалог алаңы', ru: 'Диалоговая площадка', en: 'Dialogue platform' },
  EXHIBITION: { kk: 'Көрме', ru: 'Выставка', en: 'Exhibition' },
  AWARDS: { kk: 'Марапаттау рәсімі', ru: 'Церемония награждения', en: 'Award ceremony' },
  OTHER: { kk: 'Басқа', ru: 'Другое', en: 'Other' },
};

const programmeLabel = (key) => (PROGRAMME_LABELS[key] || {})[lang] || key;
const sessionKind = (kind) => (SESSION_KINDS[kind] || {})[lang] || kind;
/** 2026-05-05T10:00 → 2026-05-05 10:00; the end on the same day shows its time only. */
const sessionTime = (s) => {
  const start = s.start.replace('T', ' ').slice(0, 16);
  const end = s.end.replace('T', ' ').slice(0, 16);
  return start + ' – ' + (end.slice(0, 10) === start.slice(0, 10) ? end.slice(11) : end);
};

/** The forum's programme as a table, and its calendar feed. */
function renderProgramme(forum) {
  const box = $('forum-programme-box');
  if (!box) return;
  $('forum-programme-title').textContent = programmeLabel('programme');
  const link = $('forum-programme-calendar');
  link.href = '/api/forums/' + encodeURIComponent(forum.forumId) + '/programme.ics';
  link.textContent = programmeLabel('programmeCalendar');
  const sessions = forum.programme || [];
  $('forum-programme-empty').textContent = sessions.length ? '' : programmeLabel('noProgramme');
  const head = el('tr', {}, ...['time', 'kind', 'topic', 'room', 'moderator', 'seats']
    .map((key) => el('th', { textContent: programmeLabel(key) })));
  const rows = sessions.map((s) => el('tr', { title: s.sessionId },
    el('td', { className: 'when', textContent: sessionTime(s) }),
    el('td', { textContent: sessionKind(s.kind) }),
    el('td', { textContent: text(s.topic) }),
    el('td', { textContent: s.room || '—' }),
    el('td', { textContent: s.moderator || '—' }),
    el('td', { textContent: s.capacity == null ? programmeLabel('wholeForum') : String(s.capacity) })));
  $('forum-programme').replaceChildren(...(sessions.length ? [head, ...rows] : []));
}

/** The series' calendar feed under the relay track. */
function renderSeriesCalendar(seriesId) {
  const link = $('series-calendar');
  if (!link) return;
  link.href = '/api/series/' + encodeURIComponent(seriesId) + '/calendar.ics';
  link.textContent = programmeLabel('seriesCalendar');
}
