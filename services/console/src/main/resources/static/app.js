// The relay console: reads the console's own API (/api/...) and its Server-Sent Events stream. It asks
// /api/me who is signed in and shows only the panels that role reaches (the server decides and withholds
// personal data; the page only leaves out what it would not be given).
'use strict';

const LABELS = {
  title: { kk: 'Өңірлік азаматтық форумдар эстафетасы', ru: 'Эстафета региональных гражданских форумов', en: 'Relay of regional civic forums' },
  series: { kk: 'Серия', ru: 'Серия', en: 'Series' },
  track: { kk: 'Эстафета жолы', ru: 'Маршрут эстафеты', en: 'Relay track' },
  handoffs: { kk: 'Эстафета табыстаулары', ru: 'Передачи эстафеты', en: 'Handoffs' },
  timeline: { kk: 'Оқиғалар', ru: 'События', en: 'Events' },
  audit: { kk: 'Аудит', ru: 'Аудит', en: 'Audit' },
  runAudit: { kk: 'Серияны тексеру', ru: 'Проверить серию', en: 'Check the series' },
  stream: { kk: 'Тікелей оқиғалар ағыны', ru: 'Поток событий в реальном времени', en: 'Live event stream' },
  live: { kk: 'тікелей', ru: 'в эфире', en: 'live' },
  catchingUp: { kk: 'журнал оқылуда…', ru: 'чтение журнала…', en: 'reading the log…' },
  disconnected: { kk: 'байланыс үзілді, қайта қосылуда…', ru: 'связь прервана, переподключение…', en: 'disconnected, reconnecting…' },
  noSeries: { kk: 'Серия әлі жоқ', ru: 'Серий пока нет', en: 'No series yet' },
  inOrder: { kk: 'Серия тәртіппен өтті: ескерту жоқ', ru: 'Серия в порядке: замечаний нет', en: 'The series is in order: no findings' },
  findings: { kk: 'Ескертулер', ru: 'Замечания', en: 'Findings' },
  baton: { kk: 'эстафета осында', ru: 'эстафета здесь', en: 'holds the baton' },
  completed: { kk: 'серия аяқталды', ru: 'серия завершена', en: 'series completed' },
  region: { kk: 'Өңір', ru: 'Регион', en: 'Region' },
  city: { kk: 'Қала', ru: 'Город', en: 'City' },
  venue: { kk: 'Өтетін орны', ru: 'Место', en: 'Venue' },
  theme: { kk: 'Тақырып', ru: 'Тема', en: 'Theme' },
  dates: { kk: 'Күндері', ru: 'Даты', en: 'Dates' },
  status: { kk: 'Күйі', ru: 'Статус', en: 'Status' },
  registration: { kk: 'Тіркеу', ru: 'Регистрация', en: 'Registration' },
  waiting: { kk: 'күту тізімінде', ru: 'в листе ожидания', en: 'waiting' },
  attended: { kk: 'келгендер', ru: 'пришли', en: 'attended' },
  resolution: { kk: 'Қарар', ru: 'Резолюция', en: 'Resolution' },
  acknowledgement: { kk: 'Эстафетаны қабылдау', ru: 'Подтверждение эстафеты', en: 'Baton acknowledgement' },
  system: { kk: 'Жүйе', ru: 'Система', en: 'System' },
  process: { kk: 'Процесс', ru: 'Процесс', en: 'Process' },
  processState: { kk: 'Күйі', ru: 'Состояние', en: 'State' },
  processRole: { kk: 'Рөлі', ru: 'Роль', en: 'Role' },
  uptime: { kk: 'Жұмыс уақыты', ru: 'Время работы', en: 'Uptime' },
  restarts: { kk: 'Қайта іске қосулар', ru: 'Перезапуски', en: 'Restarts' },
  lastExit: { kk: 'Соңғы шығу коды', ru: 'Последний код выхода', en: 'Last exit code' },
  consumerLag: { kk: 'Тұтынушылар кешігуі', ru: 'Отставание потребителей', en: 'Consumer lag' },
  deadLetters: { kk: 'Өңделмеген жазбалар (DLT)', ru: 'Необработанные записи (DLT)', en: 'Dead letters (DLT)' },
  inbox: { kk: 'Хабарламалар', ru: 'Уведомления', en: 'Notifications' },
  noNotifications: { kk: 'Хабарлама жоқ', ru: 'Уведомлений нет', en: 'No notifications' },
  acknowledge: { kk: 'Эстафетаны қабылдадық', ru: 'Подтвердить получение', en: 'Acknowledge the baton' },
  delivery: { kk: 'Хабарламаларды жеткізу', ru: 'Доставка уведомлений', en: 'Notification delivery' },
  deliveryHint: {
    kk: 'Әр табыстау: өңірлерге хабарламаның e-mail және webhook арқылы жеткізілуі, растау, еске салу, мерзімі өткені',
    ru: 'Каждая передача: доставка уведомлений регионам по e-mail и webhook, подтверждение, напоминания, просрочка',
    en: 'Each handoff: every region\'s notification by e-mail and webhook, acknowledgement, reminders, what is overdue',
  },
  noHandoffs: { kk: 'Әзірге табыстау жоқ', ru: 'Передач пока нет', en: 'No handoffs yet' },
  email: { kk: 'E-mail', ru: 'E-mail', en: 'E-mail' },
  webhook: { kk: 'Webhook', ru: 'Webhook', en: 'Webhook' },
  acknowledged: { kk: 'Расталды', ru: 'Подтверждено', en: 'Acknowledged' },
  reminders: { kk: 'Еске салу', ru: 'Напоминания', en: 'Reminders' },
  escalated: { kk: 'Жоғары жіберілді', ru: 'Эскалация', en: 'Escalated' },
  overdue: { kk: 'мерзімі өтті', ru: 'просрочено', en: 'overdue' },
  notRequired: { kk: 'қажет емес', ru: 'не требуется', en: 'not required' },
  awaiting: { kk: 'күтілуде', ru: 'ожидается', en: 'awaiting' },
  seriesRunning: { kk: 'серия жүріп жатыр', ru: 'серия идёт', en: 'series running' },
  seriesSuspended: { kk: 'серия тоқтатыла тұрды: эстафета тоқтап тұр', ru: 'серия приостановлена: эстафета стоит', en: 'series suspended: the baton is stopped' },
  seriesClosedEarly: { kk: 'серия мерзімінен бұрын жабылды', ru: 'серия закрыта досрочно', en: 'series closed early' },
  seriesCompleted: { kk: 'серия аяқталды', ru: 'серия завершена', en: 'series completed' },
  reason: { kk: 'Себебі', ru: 'Причина', en: 'Reason' },
  suspend: { kk: 'Серияны тоқтата тұру', ru: 'Приостановить серию', en: 'Suspend the series' },
  resume: { kk: 'Серияны жалғастыру', ru: 'Возобновить серию', en: 'Resume the series' },
  closeEarly: { kk: 'Серияны мерзімінен бұрын жабу', ru: 'Закрыть серию досрочно', en: 'Close the series early' },
  confirm: { kk: 'Растау', ru: 'Подтвердить', en: 'Confirm' },
  cancel: { kk: 'Болдырмау', ru: 'Отмена', en: 'Cancel' },
  suspendPrompt: {
    kk: 'Неге тоқтатылады? (міндетті емес; әр тілде 500 таңбаға дейін)',
    ru: 'Почему приостанавливается? (необязательно; до 500 символов на каждом языке)',
    en: 'Why is it suspended? (optional; up to 500 characters in each language)',
  },
  closePrompt: {
    kk: 'Серия неге жабылады? Үш тілде де жазыңыз (әрқайсысы 500 таңбаға дейін). Жабылған серия қайта ашылмайды.',
    ru: 'Почему серия закрывается? Укажите на всех трёх языках (до 500 символов каждый). Закрытую серию нельзя открыть снова.',
    en: 'Why does the series close? Give it in all three languages (up to 500 characters each). A closed series cannot reopen.',
  },
  signIn: { kk: 'Кіру', ru: 'Войти', en: 'Sign in' },
  signOut: { kk: 'Шығу', ru: 'Выйти', en: 'Sign out' },
  signInHint: {
    kk: 'Оқиғалар ағынын, аудитті және жүйені көру үшін кіріңіз',
    ru: 'Войдите, чтобы видеть поток событий, аудит и систему',
    en: 'Sign in to see the event stream, audits and the system',
  },
  supervisorRunning: { kk: 'forumctl up жұмыс істеп тұр', ru: 'forumctl up работает', en: 'forumctl up is running' },
  supervisorUnreachable: {
    kk: 'forumctl up супервизоры қолжетімсіз: процестердің күйі белгісіз',
    ru: 'Супервизор forumctl up недоступен: состояние процессов неизвестно',
    en: 'The forumctl up supervisor is unreachable: process states unknown',
  },
};
const PROCESS_STATES = {
  ready: { kk: 'дайын', ru: 'готов', en: 'ready' },
  starting: { kk: 'іске қосылуда', ru: 'запускается', en: 'starting' },
  restarting: { kk: 'қайта іске қосылуда', ru: 'перезапускается', en: 'restarting' },
  down: { kk: 'тоқтап тұр', ru: 'остановлен', en: 'down' },
};
// A service instance's part beside its other instance (decision 0014): the active one decides.
const PROCESS_ROLES = {
  active: { kk: 'белсенді', ru: 'активный', en: 'active' },
  standby: { kk: 'күту режимінде', ru: 'резервный', en: 'standby' },
  taking_over: { kk: 'рөлді қабылдауда', ru: 'принимает роль', en: 'taking over' },
  joining: { kk: 'қосылуда', ru: 'подключается', en: 'joining' },
};
// The roles of decision 0015, as /api/me names them.
const ROLES = {
  operator: { kk: 'оператор', ru: 'оператор', en: 'operator' },
  'regional-team': { kk: 'өңірлік топ', ru: 'региональная команда', en: 'regional team' },
  editor: { kk: 'редактор', ru: 'редактор', en: 'editor' },
  auditor: { kk: 'аудитор', ru: 'аудитор', en: 'auditor' },
  participant: { kk: 'қатысушы', ru: 'участник', en: 'participant' },
};
// A channel's deliveries of one notification (console HandoffDeliveryView.Channel.state).
const DELIVERY_STATES = {
  none: { kk: '—', ru: '—', en: '—' },
  delivered: { kk: 'жеткізілді', ru: 'доставлено', en: 'delivered' },
  retrying: { kk: 'қайталануда', ru: 'повтор', en: 'retrying' },
  abandoned: { kk: 'жеткізілмеді', ru: 'не доставлено', en: 'abandoned' },
};
// How often the System panel asks the console again; each request waits for the previous one.
const SYSTEM_REFRESH_MS = 5000;
const STATES = {
  SCHEDULED: { kk: 'жоспарланған', ru: 'запланирован', en: 'scheduled' },
  PREPARATION_OPEN: { kk: 'дайындық', ru: 'подготовка', en: 'in preparation' },
  CONVENED: { kk: 'өтуде', ru: 'проходит', en: 'convened' },
  COMPLETED: { kk: 'аяқталды', ru: 'завершён', en: 'completed' },
  CANCELLED: { kk: 'тоқтатылды', ru: 'отменён', en: 'cancelled' },
  NOT_OPEN: { kk: 'ашылмаған', ru: 'не открыта', en: 'not open' },
  OPEN: { kk: 'ашық', ru: 'открыта', en: 'open' },
  CLOSED: { kk: 'жабық', ru: 'закрыта', en: 'closed' },
  NONE: { kk: '—', ru: '—', en: '—' },
  DRAFT: { kk: 'жоба', ru: 'проект', en: 'draft' },
  ADOPTED: { kk: 'қабылданды', ru: 'принята', en: 'adopted' },
  PENDING: { kk: 'күтілуде', ru: 'ожидается', en: 'pending' },
  ACKNOWLEDGED: { kk: 'қабылданды', ru: 'подтверждена', en: 'acknowledged' },
  ESCALATED: { kk: 'жоғары жіберілді', ru: 'эскалирована', en: 'escalated' },
};

let lang = localStorage.getItem('relay-console-lang') || 'kk';
// A link (a notification e-mail's) may open a series at one of its forums: /?series=…&forum=…
const opened = new URLSearchParams(window.location.search);
let currentSeries = opened.get('series');
let currentForum = opened.get('forum');
let streamState = 'catchingUp';
let auditShown = false;
// Who is signed in (GET /api/me): { signedIn, name, roles, region, panels, signOut }.
let me = { signedIn: false, panels: [] };
const sees = (panel) => me.panels.includes(panel);

const $ = (id) => document.getElementById(id);
const t = (key) => (LABELS[key] || {})[lang] || key;
const state = (key) => (STATES[key] || {})[lang] || key;
const text = (trilingual) => (trilingual ? trilingual[lang] : '');
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  children.forEach((c) => node.append(c));
  return node;
};

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(url + ' → ' + response.status);
  return response.json();
}

function applyLanguage() {
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-i18n]').forEach((node) => { node.textContent = t(node.dataset.i18n); });
  document.querySelectorAll('[data-lang]').forEach((b) => b.classList.toggle('active', b.dataset.lang === lang));
  $('status').textContent = sees('events') ? t(streamState) : '';
  renderAccount();
}

function renderAccount() {
  $('sign-in').hidden = me.signedIn;
  $('sign-in-hint').hidden = me.signedIn;
  $('sign-out').hidden = !me.signOut;
  $('who').hidden = !me.signedIn;
  if (me.signedIn) {
    const roles = me.roles.map((r) => (ROLES[r] || {})[lang] || r).join(', ');
    $('who').textContent = `${me.name} · ${roles}${me.region ? ' (' + me.region + ')' : ''}`;
  }
}

/** Ends the browser session: a form post with the CSRF token, then the issuer signs out too and sends us back. */
function signOut() {
  const form = el('form', { method: 'post', action: me.signOut.action },
    el('input', { type: 'hidden', name: me.signOut.parameter, value: me.signOut.token }));
  document.body.append(form);
  form.submit();
}

function showPanels() {
  $('stream-section').hidden = !sees('events');
  $('audit-section').hidden = !sees('audit');
  $('system-section').hidden = !sees('system');
  $('delivery-section').hidden = !sees('delivery');
  $('inbox-section').hidden = !sees('inbox');
}

// A series' status (console SeriesView.Status) as the list and the track show it.
const SERIES_STATES = { RUNNING: 'seriesRunning', SUSPENDED: 'seriesSuspended', CLOSED_EARLY: 'seriesClosedEarly', COMPLETED: 'seriesCompleted' };
const seriesState = (status) => t(SERIES_STATES[status] || status);

async function loadSeriesList() {
  const all = await getJson('/api/series');
  const select = $('series-select');
  if (all.length === 0) {
    select.replaceChildren(el('option', { value: '', textContent: t('noSeries') }));
    return;
  }
  const labels = all.map((s) => `${s.seriesId} · ${seriesState(s.status)}`);
  if (labels.join('\n') !== [...select.options].map((o) => o.textContent).join('\n')) {
    select.replaceChildren(...all.map((s, i) => el('option', { value: s.seriesId, textContent: labels[i] })));
  }
  if (!currentSeries || !all.some((s) => s.seriesId === currentSeries)) currentSeries = all[all.length - 1].seriesId;
  select.value = currentSeries;
}

async function renderTrack() {
  if (!currentSeries) return;
  const series = await getJson('/api/series/' + encodeURIComponent(currentSeries));
  $('track').replaceChildren(...series.forums.map((f) => {
    const item = el('li', { className: f.status + (f.holdsBaton ? ' baton' : ''), title: f.forumId },
      el('span', { className: 'pos', textContent: f.position + '. ' }), text(f.region), el('br'),
      el('span', { className: 'badge', textContent: state(f.status) }),
      f.holdsBaton ? el('span', { textContent: ' ★ ' + t('baton') }) : '');
    item.addEventListener('click', () => { currentForum = f.forumId; renderForum(); });
    return item;
  }));
  $('handoffs').replaceChildren(...series.handoffs.map((h) => el('li', {
    textContent: `${h.number}. ${text(h.fromRegion)} → ${text(h.toRegion)} (${h.occurredAt})`,
  })));
  if (series.completed) $('handoffs').append(el('li', { className: 'ok', textContent: t('completed') }));
  renderSeriesStatus(series);
}

/** The series' status (and why it is suspended or was closed), and, for operators, what they may do to it. */
function renderSeriesStatus(series) {
  const line = $('series-status');
  line.className = 'series-status ' + series.status.toLowerCase();
  line.textContent = seriesState(series.status) + (series.reason ? ` — ${t('reason')}: ${text(series.reason)}` : '');
  renderSeriesCalendar(series.seriesId);
  renderFollowUp(series.seriesId);
  const operator = me.signedIn && (me.roles || []).includes('operator');
  $('series-actions').hidden = !operator;
  $('suspend-button').hidden = series.status !== 'RUNNING';
  $('resume-button').hidden = series.status !== 'SUSPENDED';
  $('close-button').hidden = series.status !== 'RUNNING' && series.status !== 'SUSPENDED';
}

let pendingAct = null;
function askReason(act) {
  pendingAct = act;
  const form = $('reason-form');
  form.reset();
  $('reason-prompt').textContent = t(act === 'close' ? 'closePrompt' : 'suspendPrompt');
  form.querySelectorAll('input').forEach((input) => { input.required = act === 'close'; });
  form.hidden = false;
}

/** Asks the console to have scheduling decide the act, as the signed-in operator; the log then shows the outcome. */
async function actOnSeries(act, reason) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (me.signOut) headers['X-CSRF-TOKEN'] = me.signOut.token;
  const response = await fetch('/api/series/' + encodeURIComponent(currentSeries) + '/' + act,
    { method: 'POST', headers, body: JSON.stringify(reason ? { reason } : {}) });
  const problem = response.ok ? null : await response.json().catch(() => ({}));
  $('series-act-result').textContent = problem ? (problem.detail || String(response.status)) : '';
  if (response.ok) $('reason-form').hidden = true;
  setTimeout(scheduleRefresh, 300);
}

async function renderForum() {
  if (!currentForum) return;
  const f = await getJson('/api/forums/' + encodeURIComponent(currentForum));
  $('forum-section').hidden = false;
  $('forum-title').textContent = `${f.position}. ${text(f.title) || f.forumId}`;
  const facts = [
    ['region', text(f.region) + ' (' + f.regionCode + ')'], ['city', text(f.city)], ['venue', text(f.venue)],
    ['theme', text(f.theme)], ['dates', `${f.startDate} — ${f.endDate}`], ['status', state(f.status)],
    ['registration', `${state(f.registration)}: ${f.registered} / ${f.capacity}`
      + (f.waiting ? ` · ${t('waiting')}: ${f.waiting}` : '') + (f.attended ? ` · ${t('attended')}: ${f.attended}` : '')],
    ['resolution', `${state(f.resolution)} (${f.recommendations})`], ['acknowledgement', state(f.acknowledgement)],
  ];
  $('forum-facts').replaceChildren(...facts.flatMap(([k, v]) => [el('dt', { textContent: t(k) }), el('dd', { textContent: v })]));
  renderProgramme(f);
  renderRoster(f);
  renderResolution(f);
  renderEarlierOpen(f);
  $('forum-timeline-box').hidden = !f.timeline;
  $('forum-timeline').replaceChildren(...(f.timeline || []).map(eventRow));
}

/** An event's type with a place to wrap before each capital, so RecommendationProgressReported leaves room for its details. */
const typeWords = (type) => type.split(/(?=[A-Z])/).flatMap((word, i) => (i ? [el('wbr'), word] : [word]));

async function runAudit() {
  if (!currentSeries) return;
  const audit = await getJson('/api/series/' + encodeURIComponent(currentSeries) + '/audit');
  auditShown = true;
  const result = $('audit-result');
  result.replaceChildren(audit.inOrder
    ? el('p', { className: 'ok', textContent: t('inOrder') })
    : el('div', {}, el('p', { className: 'finding', textContent: t('findings') + ':' }),
      el('ul', {}, ...audit.findings.map((f) => el('li', { className: 'finding', textContent: f })))));
  result.append(el('table', { className: 'events' }, el('tbody', {}, ...audit.events.map(eventRow))));
}

function channelCell(c) {
  const label = (DELIVERY_STATES[c.state] || {})[lang] || c.state;
  const counts = c.subscriptions > 1 ? ` ${c.delivered}/${c.subscriptions}` : '';
  const title = [c.lastReason, c.nextAttemptAt ? '→ ' + clock(c.nextAttemptAt) : null, c.attempts ? '#' + c.attempts : null]
    .filter(Boolean).join(' · ');
  return el('td', { className: 'delivery ' + c.state, title, textContent: label + counts });
}

function deliveryRow(r) {
  const acknowledgement = !r.acknowledgementRequired ? t('notRequired')
    : r.acknowledgedAt ? clock(r.acknowledgedAt) : r.overdue ? t('overdue') : t('awaiting');
  return el('tr', { className: r.overdue ? 'overdue' : '', title: r.notificationId },
    el('td', { textContent: `${text(r.region) || r.regionCode} (${r.regionCode})` }),
    channelCell(r.email), channelCell(r.webhook),
    el('td', { className: r.overdue ? 'finding' : '', textContent: acknowledgement }),
    el('td', { textContent: r.reminders ? String(r.reminders) : '—' }),
    el('td', { textContent: r.escalatedAt ? clock(r.escalatedAt) : '—' }));
}

async function renderDeliveries() {
  if (!currentSeries || !sees('delivery')) return;
  const handoffs = await getJson('/api/series/' + encodeURIComponent(currentSeries) + '/deliveries');
  if (handoffs.length === 0) {
    $('deliveries').replaceChildren(el('p', { textContent: t('noHandoffs') }));
    return;
  }
  const head = el('tr', {}, ...['region', 'email', 'webhook', 'acknowledged', 'reminders', 'escalated']
    .map((k) => el('th', { textContent: t(k) })));
  $('deliveries').replaceChildren(...[...handoffs].reverse().map((h) => el('details', { open: h === handoffs[handoffs.length - 1] },
    el('summary', { textContent: `${h.number}. ${h.fromRegionCode} → ${h.toRegionCode} (${clock(h.occurredAt)})`
      + (h.regions.some((r) => r.overdue) ? ' · ' + t('overdue') : '') }),
    el('table', { className: 'deliveries' }, el('thead', {}, head.cloneNode(true)), el('tbody', {}, ...h.regions.map(deliveryRow))))));
}

function inboxRow(n) {
  const status = !n.acknowledgementRequired ? ''
    : n.acknowledgedAt ? `${t('acknowledged')}: ${clock(n.acknowledgedAt)}`
      : n.escalatedAt ? t('overdue') : t('awaiting');
  const cell = el('td', { className: n.escalatedAt && !n.acknowledgedAt ? 'finding' : '', textContent: status });
  if (n.acknowledgementRequired && !n.acknowledgedAt) {
    const button = el('button', { textContent: t('acknowledge') });
    button.addEventListener('click', () => acknowledge(n.notificationId, button));
    cell.append(' ', button);
  }
  return el('tr', { title: n.notificationId },
    el('td', { className: 'when', textContent: clock(n.issuedAt) }),
    el('td', { textContent: n.regionCode }),
    el('td', { textContent: text(n.message) }), cell);
}

async function acknowledge(notificationId, button) {
  button.disabled = true;
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (me.signOut) headers['X-CSRF-TOKEN'] = me.signOut.token;
  const response = await fetch('/api/notifications/' + encodeURIComponent(notificationId) + '/acknowledge',
    { method: 'POST', headers, body: '{}' });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    button.disabled = false;
    button.title = problem.detail || String(response.status);
    button.classList.add('finding');
  }
  setTimeout(renderInbox, 500);
}

async function renderInbox() {
  if (!sees('inbox')) return;
  const inbox = await getJson('/api/inbox');
  $('inbox').replaceChildren(...(inbox.length ? inbox.map(inboxRow)
    : [el('tr', {}, el('td', { textContent: t('noNotifications') }))]));
}

let systemShown = null;
let deadLetterCounts = null;

const dash = (value) => (value === null || value === undefined ? '—' : String(value));
const clock = (iso) => (iso ? iso.replace('T', ' ').replace(/\..*$/, '').replace('Z', '') : '');

function uptime(seconds) {
  if (seconds === null || seconds === undefined) return '—';
  const two = (n) => String(n).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

function processRow(p) {
  const lags = Object.entries(p.consumerLag || {});
  return el('tr', { className: 'process', title: 'port ' + p.port },
    el('td', { className: 'name', textContent: p.name }),
    el('td', {}, el('span', { className: 'proc-state ' + p.state, textContent: (PROCESS_STATES[p.state] || {})[lang] || p.state })),
    el('td', { className: 'role ' + (p.role || ''), textContent: p.role ? (PROCESS_ROLES[p.role] || {})[lang] || p.role : '—' }),
    el('td', { textContent: dash(p.pid) }),
    el('td', { textContent: uptime(p.uptimeSeconds) }),
    el('td', { textContent: String(p.restarts) }),
    el('td', { title: p.lastExitAt || '', textContent: dash(p.lastExitCode) + (p.lastExitAt ? ' · ' + clock(p.lastExitAt).slice(11) : '') }),
    el('td', {
      className: 'lag' + (lags.some(([, lag]) => lag > 0) ? ' lagging' : ''),
      textContent: lags.length ? lags.map(([group, lag]) => `${group}: ${dash(lag)}`).join(', ') : '—',
    }));
}

function renderSystem() {
  if (systemShown) {
    const running = systemShown.supervisor === 'running';
    const line = $('supervisor');
    line.className = 'supervisor ' + systemShown.supervisor;
    line.title = running ? systemShown.supervisorUrl : `${systemShown.supervisorUrl}: ${systemShown.reason}`;
    line.textContent = running
      ? `${t('supervisorRunning')} · PID ${systemShown.supervisorPid} · Kafka ${systemShown.bootstrapServers}`
      : t('supervisorUnreachable');
    $('processes-box').hidden = !running;
    $('processes').replaceChildren(...systemShown.processes.map(processRow));
  }
  if (deadLetterCounts) {
    $('dead-letter-counts').replaceChildren(...Object.entries(deadLetterCounts).map(([topic, count]) =>
      el('li', { className: count > 0 ? 'some' : '', textContent: `${topic}: ${count}` })));
  }
}

async function refreshSystem() {
  try {
    [systemShown, deadLetterCounts] = await Promise.all([getJson('/api/processes'), getJson('/api/dead-letters/counts')]);
    renderSystem();
  } catch (e) {
    // The console itself is not answering: the stream's status says so; the panel keeps what it showed.
  } finally {
    setTimeout(refreshSystem, SYSTEM_REFRESH_MS);
  }
}

let refreshPending = false;
function scheduleRefresh() {
  if (refreshPending) return;
  refreshPending = true;
  setTimeout(async () => {
    refreshPending = false;
    await loadSeriesList();
    await renderTrack();
    if (currentForum) await renderForum();
    await renderDeliveries();
    await renderInbox();
  }, 300);
}

document.querySelectorAll('[data-lang]').forEach((button) => button.addEventListener('click', () => {
  lang = button.dataset.lang;
  localStorage.setItem('relay-console-lang', lang);
  applyLanguage();
  renderSystem();
  renderTrack();
  renderForum();
  renderDeliveries();
  renderInbox();
  if (auditShown) runAudit();
  if (sees('events')) labelEvents();
}));
$('series-select').addEventListener('change', (e) => {
  currentSeries = e.target.value;
  currentForum = null;
  auditShown = false;
  $('forum-section').hidden = true;
  $('audit-result').replaceChildren();
  renderTrack();
  renderDeliveries();
});
$('audit-button').addEventListener('click', runAudit);
['follow-up-kind', 'follow-up-status'].forEach((id) => $(id).addEventListener('change', () => renderFollowUp(currentSeries)));
$('suspend-button').addEventListener('click', () => askReason('suspend'));
$('close-button').addEventListener('click', () => askReason('close'));
$('resume-button').addEventListener('click', () => actOnSeries('resume', null));
$('reason-cancel').addEventListener('click', () => { $('reason-form').hidden = true; });
$('reason-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const data = new FormData(e.target);
  const reason = { kk: data.get('kk').trim(), ru: data.get('ru').trim(), en: data.get('en').trim() };
  const given = reason.kk || reason.ru || reason.en;
  actOnSeries(pendingAct, pendingAct === 'close' || given ? reason : null);
});
$('sign-out').addEventListener('click', signOut);

async function start() {
  try {
    // The public's answer is just {"signedIn": false}.
    me = Object.assign({ signedIn: false, roles: [], panels: [] }, await getJson('/api/me'));
  } catch (e) {
    // Not answering who is signed in: the public view.
  }
  showPanels();
  applyLanguage();
  await loadSeriesList().then(renderTrack);
  renderDeliveries();
  renderInbox();
  // The forum a link opened, if it is one of the series shown (an unknown one leaves the page as it is).
  if (currentForum) renderForum().catch(() => { currentForum = null; });
  if (sees('events')) {
    startEvents();
  } else {
    // Without the stream, the track follows the relay by asking again now and then.
    setInterval(scheduleRefresh, SYSTEM_REFRESH_MS);
  }
  if (sees('system')) refreshSystem();
}

applyLanguage();
start();
