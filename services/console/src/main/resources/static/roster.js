'use strict';
/* A forum's people for operators and regional teams (the roster panel): the delegations, the waitlist in order and
   the lists to print, read from registration through the console as the signed-in person, who sees what
   registration shows them (a team: its region's people). Uses app.js's lang, $, el, text and sees when called;
   app.js calls renderRoster. */

const ROSTER_LABELS = {
  delegations: { kk: 'Делегациялар', ru: 'Делегации', en: 'Delegations' },
  noDelegations: { kk: 'Делегация әлі тіркелмеген', ru: 'Делегации ещё не зарегистрированы', en: 'No delegation registered yet' },
  head: { kk: 'Делегация басшысы', ru: 'Глава делегации', en: 'Head of delegation' },
  members: { kk: 'Мүшелері', ru: 'Члены', en: 'Members' },
  seats: { kk: 'Орын (квота)', ru: 'Мест (квота)', en: 'Seats (quota)' },
  waitlist: { kk: 'Күту тізімі', ru: 'Лист ожидания', en: 'Waitlist' },
  noWaitlist: { kk: 'Күту тізімі бос', ru: 'Лист ожидания пуст', en: 'Nobody is waiting' },
  place: { kk: 'Кезек', ru: 'Очередь', en: 'Place' },
  person: { kk: 'Аты-жөні', ru: 'ФИО', en: 'Name' },
  organisation: { kk: 'Ұйым', ru: 'Организация', en: 'Organisation' },
  since: { kk: 'Тіркелген уақыты', ru: 'Время регистрации', en: 'Registered at' },
  lists: { kk: 'Басып шығаруға арналған тізімдер', ru: 'Списки для печати', en: 'Lists to print' },
  participants: { kk: 'Қатысушылар', ru: 'Участники', en: 'Participants' },
  attendance: { kk: 'Келгендер', ru: 'Явка', en: 'Attendance' },
  unavailable: { kk: 'Тіркеу қызметі жауап бермеді', ru: 'Служба регистрации не ответила', en: 'Registration did not answer' },
};

const rosterLabel = (key) => (ROSTER_LABELS[key] || {})[lang] || key;
const personName = (p) => (p ? p.fullName : '—');

async function rosterJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(url + ' → ' + response.status);
  return response.json();
}

/** The delegations as a table: region, head, members, seats against the quota. */
function delegationRows(delegations) {
  const head = el('tr', {}, ...['region', 'head', 'members', 'seats']
    .map((key) => el('th', { textContent: key === 'region' ? t('region') : rosterLabel(key) })));
  return [head, ...delegations.map((d) => el('tr', { title: d.delegationId },
    el('td', { textContent: `${text(d.region)} (${d.regionCode})` }),
    el('td', { textContent: personName(d.head) }),
    el('td', { textContent: d.members.map(personName).join(', ') || '—' }),
    el('td', { textContent: d.quota == null ? String(d.seats) : `${d.seats} / ${d.quota}` })))];
}

/** The waitlist in its order: place, name, organisation, region, when they registered (Kazakhstan time). */
function waitlistRows(waiting) {
  const head = el('tr', {}, ...['place', 'person', 'organisation', 'region', 'since']
    .map((key) => el('th', { textContent: key === 'region' ? t('region') : rosterLabel(key) })));
  const ordered = [...waiting].sort((a, b) => (a.waitlistPosition || 0) - (b.waitlistPosition || 0));
  return [head, ...ordered.map((p) => el('tr', { title: p.participantId },
    el('td', { textContent: String(p.waitlistPosition || '') }),
    el('td', { textContent: p.fullName }),
    el('td', { textContent: p.organisation }),
    el('td', { textContent: `${text(p.region)} (${p.regionOfOrigin})` }),
    el('td', { className: 'when', textContent: kazakhstanTime(p.registeredAt) })))];
}

/** An instant as Kazakhstan reads it (UTC+05:00), e.g. 2027-03-10 14:05. */
function kazakhstanTime(instant) {
  const at = new Date(Date.parse(instant) + 5 * 3600 * 1000);
  return at.toISOString().slice(0, 16).replace('T', ' ');
}

/** Links to the lists registration prints, as CSV and XLSX, in the page's language. */
function listLinks(forumId) {
  return ['participants', 'delegations', 'waitlist', 'attendance'].flatMap((list) => ['csv', 'xlsx'].map((format) =>
    el('a', {
      href: `/api/forums/${encodeURIComponent(forumId)}/lists/${list}.${format}?lang=${lang}`,
      textContent: `${rosterLabel(list === 'waitlist' ? 'waitlist' : list)} (${format.toUpperCase()})`,
      className: 'list-link',
      download: '',
    })));
}

// What registration last answered, so that the page's frequent refreshes (one per burst of events) ask it at most
// every few seconds; a language change or another forum renders at once.
let rosterRead = { forumId: null, at: 0, delegations: null, waiting: null };
const ROSTER_REFRESH_MS = 5000;

/** The roster of {@code forum} for those who see the panel; hidden for everyone else. */
async function renderRoster(forum) {
  const box = $('forum-roster-box');
  if (!box) return;
  box.hidden = !sees('roster');
  if (box.hidden) return;
  $('forum-delegations-title').textContent = rosterLabel('delegations');
  $('forum-waitlist-title').textContent = rosterLabel('waitlist');
  $('forum-lists-title').textContent = rosterLabel('lists');
  $('forum-lists').replaceChildren(...listLinks(forum.forumId));
  const base = '/api/forums/' + encodeURIComponent(forum.forumId);
  try {
    if (rosterRead.forumId !== forum.forumId || Date.now() - rosterRead.at > ROSTER_REFRESH_MS) {
      const [delegations, waiting] = await Promise.all([rosterJson(base + '/delegations'), rosterJson(base + '/waitlist')]);
      rosterRead = { forumId: forum.forumId, at: Date.now(), delegations, waiting };
    }
    const { delegations, waiting } = rosterRead;
    $('forum-delegations-empty').textContent = delegations.length ? '' : rosterLabel('noDelegations');
    $('forum-delegations').replaceChildren(...(delegations.length ? delegationRows(delegations) : []));
    $('forum-waitlist-empty').textContent = waiting.length ? '' : rosterLabel('noWaitlist');
    $('forum-waitlist').replaceChildren(...(waiting.length ? waitlistRows(waiting) : []));
  } catch (e) {
    rosterRead = { forumId: null, at: 0, delegations: null, waiting: null };
    $('forum-delegations-empty').textContent = rosterLabel('unavailable');
    $('forum-delegations').replaceChildren();
    $('forum-waitlist-empty').textContent = '';
    $('forum-waitlist').replaceChildren();
  }
}
