'use strict';
/* A forum's resolution or appeal (issue 13) on its page, in Kazakh, Russian and English: kind, status, adoption,
   the plenary's votes, each recommendation, and any two revisions of one side by side with their word diff. Read
   from the console's own fold of the log. Uses app.js's lang, me, $, el, text and clock when called; app.js calls
   renderResolution. */

const RESOLUTION_LABELS = {
  documentKind: { kk: 'Құжат түрі', ru: 'Вид документа', en: 'Document' },
  status: { kk: 'Күйі', ru: 'Статус', en: 'Status' },
  adoptedOn: { kk: 'Қабылданған күні', ru: 'Дата принятия', en: 'Adopted on' },
  wholeVote: { kk: 'Мәтінге тұтастай дауыс беру', ru: 'Голосование за текст в целом', en: 'Vote on the whole text' },
  contentHash: { kk: 'Мазмұн хэші (SHA-256)', ru: 'Хеш содержания (SHA-256)', en: 'Content hash (SHA-256)' },
  noDraft: { kk: 'Қарар жобасы әлі ашылған жоқ', ru: 'Проект резолюции ещё не открыт', en: 'No draft opened yet' },
  signInForDraft: { kk: 'Жобаны оқу үшін кіріңіз', ru: 'Войдите, чтобы читать проект', en: 'Sign in to read the draft' },
  noRecommendations: { kk: 'Ұсыныстар әлі жоқ', ru: 'Рекомендаций пока нет', en: 'No recommendations yet' },
  addressee: { kk: 'Кімге', ru: 'Адресат', en: 'Addressee' },
  recommendation: { kk: 'Ұсыныс', ru: 'Рекомендация', en: 'Recommendation' },
  revision: { kk: 'Нұсқа', ru: 'Редакция', en: 'Revision' },
  itemVote: { kk: 'Дауыс беру', ru: 'Голосование', en: 'Vote' },
  inText: { kk: 'Мәтінде', ru: 'В тексте', en: 'In the text' },
  followUp: { kk: 'Орындалуы', ru: 'Исполнение', en: 'Follow-up' },
  carried: { kk: 'қабылданды', ru: 'принято', en: 'carried' },
  notCarried: { kk: 'қабылданбады', ru: 'не принято', en: 'not carried' },
  yes: { kk: 'иә', ru: 'да', en: 'yes' },
  no: { kk: 'жоқ', ru: 'нет', en: 'no' },
  ACTIVE: { kk: 'белсенді', ru: 'действует', en: 'active' },
  WITHDRAWN: { kk: 'қайтарып алынды', ru: 'отозвана', en: 'withdrawn' },
  MERGED: { kk: 'біріктірілді:', ru: 'объединена с', en: 'merged into' },
  compare: { kk: 'Нұсқаларды салыстыру', ru: 'Сравнить редакции', en: 'Compare revisions' },
  close: { kk: 'Жабу', ru: 'Закрыть', en: 'Close' },
};
const DOCUMENT_KINDS = {
  RESOLUTION: { kk: 'Қарар', ru: 'Резолюция', en: 'Resolution' },
  APPEAL: { kk: 'Үндеу', ru: 'Обращение', en: 'Appeal' },
};
const DOCUMENT_STATES = {
  DRAFT: { kk: 'жоба', ru: 'проект', en: 'draft' },
  ADOPTED: { kk: 'қабылданды', ru: 'принята', en: 'adopted' },
  ADOPTED_APPEAL: { kk: 'қабылданды', ru: 'принято', en: 'adopted' },
};
const FOLLOW_UP_STATES = {
  NOT_STARTED: { kk: 'басталған жоқ', ru: 'не начато', en: 'not started' },
  IN_PROGRESS: { kk: 'орындалуда', ru: 'в работе', en: 'in progress' },
  DONE: { kk: 'орындалды', ru: 'выполнено', en: 'done' },
  DECLINED: { kk: 'қабылданбады', ru: 'отклонено', en: 'declined' },
};
const ADDRESSEE_KINDS = {
  REGIONAL_AKIMAT: { kk: 'Облыс әкімдігі', ru: 'Акимат области', en: 'Regional akimat' },
  DISTRICT_AND_CITY_AKIMATS: { kk: 'Аудан және қала әкімдіктері', ru: 'Акиматы районов и городов', en: 'District and city akimats' },
  PUBLIC_COUNCILS: { kk: 'Қоғамдық кеңестер', ru: 'Общественные советы', en: 'Public councils' },
  CIVIL_ALLIANCE: { kk: 'Азаматтық альянс', ru: 'Гражданский альянс', en: 'Civil Alliance' },
  MINISTRY: { kk: 'Министрлік', ru: 'Министерство', en: 'Ministry' },
  PARLIAMENT: { kk: 'Парламент', ru: 'Парламент', en: 'Parliament' },
  NGOS: { kk: 'ҮЕҰ', ru: 'НПО', en: 'NGOs' },
  BUSINESS: { kk: 'Бизнес', ru: 'Бизнес', en: 'Business' },
  MEDIA: { kk: 'БАҚ', ru: 'СМИ', en: 'Media' },
  OTHER: { kk: 'Басқа', ru: 'Другое', en: 'Other' },
};

const resolutionLabel = (key) => (RESOLUTION_LABELS[key] || {})[lang] || key;
const inLang = (table, key) => (table[key] || {})[lang] || key;
/** "for 36, against 1, abstained 3 (40 present)", as the resolution's own document words it. */
function voteText(v) {
  if (!v) return '—';
  const words = {
    kk: `жақтап ${v.inFavour}, қарсы ${v.against}, қалыс қалған ${v.abstained} (қатысқан ${v.present})`,
    ru: `за ${v.inFavour}, против ${v.against}, воздержались ${v.abstained} (присутствовали ${v.present})`,
    en: `for ${v.inFavour}, against ${v.against}, abstained ${v.abstained} (${v.present} present)`,
  };
  return words[lang] + ' · ' + resolutionLabel(v.carried ? 'carried' : 'notCarried');
}

// The comparison open on the page ({ forumId, recommendationId, from, to }), kept across refreshes.
let comparing = null;

/** The forum's resolution under its programme: facts, recommendations, and the comparison if one is open. */
async function renderResolution(forum) {
  const box = $('forum-resolution-box');
  if (!box) return;
  const response = await fetch('/api/forums/' + encodeURIComponent(forum.forumId) + '/resolution',
    { headers: { Accept: 'application/json' } });
  const r = response.ok ? await response.json() : null;
  $('forum-resolution-title').textContent = r ? text(r.title) || inLang(DOCUMENT_KINDS, r.documentKind)
    : inLang(DOCUMENT_KINDS, 'RESOLUTION');
  $('forum-resolution-note').textContent = r ? '' : resolutionLabel(response.status === 401 ? 'signInForDraft' : 'noDraft');
  if (comparing && comparing.forumId !== forum.forumId) comparing = null;
  if (!r) {
    $('forum-resolution-facts').replaceChildren();
    $('forum-recommendations').replaceChildren();
    $('revision-compare').hidden = true;
    return;
  }
  const facts = [['documentKind', inLang(DOCUMENT_KINDS, r.documentKind)], ['status',
    inLang(DOCUMENT_STATES, r.status + (r.status === 'ADOPTED' && r.documentKind === 'APPEAL' ? '_APPEAL' : ''))]];
  if (r.adoptedOn) facts.push(['adoptedOn', r.adoptedOn], ['wholeVote', voteText(r.vote)], ['contentHash', r.contentHash || '—']);
  $('forum-resolution-facts').replaceChildren(...facts.flatMap(([k, v]) => [el('dt', { textContent: resolutionLabel(k) }),
    el('dd', { className: k === 'contentHash' ? 'hash' : '', textContent: v })]));
  const head = el('tr', {}, ...['#', 'addressee', 'recommendation', 'revision', 'status', 'itemVote', 'inText', 'followUp']
    .map((k) => el('th', { textContent: k === '#' ? '№' : resolutionLabel(k) })));
  $('forum-recommendations').replaceChildren(...(r.recommendations.length
    ? [head, ...r.recommendations.map((rec) => recommendationRow(forum.forumId, rec))]
    : [el('tr', {}, el('td', { className: 'hint', textContent: resolutionLabel('noRecommendations') }))]));
  renderComparison();
}

function recommendationRow(forumId, rec) {
  const revision = el('td', { textContent: String(rec.revision) });
  if (rec.revision > 1 && me.signedIn) {
    const button = el('button', { className: 'compare', textContent: resolutionLabel('compare') });
    button.addEventListener('click', () => {
      comparing = { forumId, recommendationId: rec.recommendationId, from: rec.revision - 1, to: rec.revision };
      renderComparison();
    });
    revision.append(' ', button);
  }
  const status = rec.status === 'MERGED' ? `${resolutionLabel('MERGED')} ${rec.mergedInto}` : resolutionLabel(rec.status);
  return el('tr', { className: 'recommendation ' + rec.status.toLowerCase() + (rec.inText ? ' in-text' : ''),
    title: rec.recommendationId },
  el('td', { textContent: rec.recommendationId }),
  el('td', { textContent: text(rec.addressee) + ' (' + inLang(ADDRESSEE_KINDS, rec.addresseeKind) + ')' }),
  el('td', { className: 'text', textContent: text(rec.text) }), revision,
  el('td', { textContent: status }),
  el('td', { className: rec.vote && !rec.vote.carried ? 'finding' : '', textContent: voteText(rec.vote) }),
  el('td', { textContent: resolutionLabel(rec.inText ? 'yes' : 'no') }),
  el('td', { textContent: rec.followUp ? inLang(FOLLOW_UP_STATES, rec.followUp) : '—' }));
}

/** Two revisions side by side: the earlier with its removed words struck through, the later with its added words marked. */
async function renderComparison() {
  const pane = $('revision-compare');
  if (!comparing) { pane.hidden = true; return; }
  const c = comparing;
  const base = '/api/forums/' + encodeURIComponent(c.forumId) + '/resolution/recommendations/'
    + encodeURIComponent(c.recommendationId);
  const [revisions, diff] = await Promise.all([getJson(base + '/revisions'),
    getJson(base + '/diff?from=' + c.from + '&to=' + c.to)]);
  if (comparing !== c) return;
  const picker = (which) => {
    const select = el('select', { className: 'revision-' + which },
      ...revisions.map((r) => el('option', { value: String(r.revision), textContent: resolutionLabel('revision') + ' ' + r.revision })));
    select.value = String(c[which]);
    select.addEventListener('change', () => { comparing = { ...c, [which]: Number(select.value) }; renderComparison(); });
    return select;
  };
  const side = (which, revision, shown) => el('div', { className: 'side ' + which },
    el('p', { className: 'hint' }, picker(which), ` · ${revision.by} · ${clock(revision.at)}`),
    el('p', { className: 'diff-text' }, ...(diff.changes[lang] || []).filter((run) => shown.includes(run.change))
      .map((run) => (run.change === 'KEPT' ? run.text
        : el(run.change === 'REMOVED' ? 'del' : 'ins', { className: run.change.toLowerCase(), textContent: run.text })))));
  const close = el('button', { textContent: resolutionLabel('close') });
  close.addEventListener('click', () => { comparing = null; renderComparison(); });
  pane.replaceChildren(el('h4', { textContent: `${resolutionLabel('compare')}: ${c.recommendationId}` }, ' ', close),
    el('div', { className: 'sides' }, side('from', diff.from, ['KEPT', 'REMOVED']), side('to', diff.to, ['KEPT', 'ADDED'])));
  pane.hidden = false;
}
