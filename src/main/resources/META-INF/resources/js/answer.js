// Turns an answer from the API into elements: the short answer first, then the answer one sentence
// per line with [n] markers as citation chips, then its sources grouped by article. Every piece of
// API text goes in as a text node.
import { el, dateElement, articleHref, directionOf, titleElement } from './dom.js';
import { t, translate, direction, language, LANGUAGES } from './i18n.js';

const MARKER = /\[(\d+)\]/g;

/**
 * Where a new line starts: after a sentence's closing punctuation and the markers that follow it
 * ("… قال. [1] [2] Next"), never between two markers, nor inside a long sentence quoted in two parts
 * ("subject … [1] …asked part… [2]": a spaced ellipsis and its markers, then one that resumes).
 */
const SENTENCE_BREAK = /(?<=[.!?؟。…](?:\s*\[\d+\])*)\s+(?!\[\d+\]|(?<=\s…(?:\s*\[\d+\])+\s+)…)/u;

/** The answer text, one sentence per line, each [n] that names a known citation turned into a chip. */
export function answerText(text, citations) {
  const byNumber = new Map(citations.map((c) => [c.n, c]));
  const fragment = document.createDocumentFragment();
  for (const sentence of text.split(SENTENCE_BREAK)) {
    if (sentence.trim()) fragment.append(el('span', { class: 'answer-line' }, withChips(sentence, byNumber)));
  }
  return fragment;
}

function withChips(text, byNumber) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    const citation = byNumber.get(Number(match[1]));
    // A number with no citation behind it stays plain text: it must not look like a source.
    if (!citation) continue;
    parts.push(text.slice(last, match.index), chip(citation));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

function chip(citation) {
  return el('a', {
    class: 'cite',
    href: articleHref(citation.file, citation.start, citation.end),
    'aria-label': t('sourceChip', citation.n, citation.title || citation.file),
    dataset: { cite: String(citation.n), file: citation.file },
  }, String(citation.n));
}

/**
 * The few words that answer the question, linked to where they stand in the article. For an
 * English question `rendered` is the English rendering, shown with the Arabic span beside it.
 */
export function shortAnswerBlock(short, lang) {
  if (!short?.text) return null;
  const rendered = short.rendered && short.rendered !== short.text ? short.rendered : null;
  const shown = rendered ?? short.text;
  return el('p', { class: 'short-answer', lang, dir: direction(lang) },
    el('span', { class: 'short-answer-label' }, translate(lang, 'shortAnswer')),
    el('a', {
      class: 'short-answer-link',
      href: articleHref(short.file, short.start, short.end),
      'aria-label': translate(lang, 'shortAnswerOpen', shown),
      dataset: { file: short.file },
    },
    rendered ? el('bdi', { class: 'short-answer-text', lang: 'en', dir: 'ltr' }, rendered) : null,
    el('bdi', { class: rendered ? 'short-answer-original' : 'short-answer-text', lang: 'ar', dir: 'rtl' }, short.text)));
}

/** The cited sentences under an answer, one group per article: headline, file and date once, then its quotes. */
export function sourceList(citations, dates) {
  const groups = new Map();
  for (const c of citations) {
    if (!groups.has(c.file)) groups.set(c.file, []);
    groups.get(c.file).push(c);
  }
  return el('section', { class: 'sources', 'aria-label': t('sourcesLabel') },
    el('h3', { class: 'sources-title' }, citations.length === 1 ? t('source') : t('sources', citations.length)),
    el('ol', { class: 'source-list' }, [...groups.values()].map((group) => sourceGroup(group, dates.get(group[0].file)))));
}

function sourceGroup(group, date) {
  const first = group[0];
  // The headline, file and quotes line up on the headline's side.
  return el('li', { class: 'source-group', dir: directionOf(first.title), dataset: { file: first.file } },
    el('div', { class: 'source-head' },
      titleElement('span', 'source-title', first.title, first.file),
      el('span', { class: 'source-meta' },
        el('span', { class: 'source-file' }, first.file),
        dateElement(date))),
    el('ul', { class: 'source-quotes' }, group.map((c) => el('li', {}, quoteLink(c)))));
}

function quoteLink(citation) {
  return el('a', {
    class: 'source',
    href: articleHref(citation.file, citation.start, citation.end),
    dataset: { cite: String(citation.n), file: citation.file },
  },
  el('span', { class: 'source-n', 'aria-hidden': 'true' }, String(citation.n)),
  el('span', { class: 'source-body' },
    el('span', { class: 'source-quote', dir: 'auto' }, citation.quote),
    citation.section === 'appendix' ? el('span', { class: 'badge' }, t('appendedStory')) : null));
}

/** For an abstention: the articles that came closest, so the reader can check for themselves. */
export function checkedList(passages, dates) {
  const files = [...new Map(passages.map((p) => [p.file, p])).values()].slice(0, 3);
  if (files.length === 0) return null;
  return el('section', { class: 'checked', 'aria-label': t('closestLabel') },
    el('h3', { class: 'sources-title' }, t('closest')),
    el('ul', { class: 'checked-list' }, files.map((p) => el('li', {},
      el('a', { href: articleHref(p.file), dir: directionOf(p.title), dataset: { file: p.file } },
        titleElement('span', 'source-title', p.title, p.file),
        el('span', { class: 'source-meta' }, el('span', { class: 'source-file' }, p.file),
          dateElement(dates.get(p.file))))))));
}

/** The files whose dates the answer's cards show. */
export function filesShown(result) {
  return [...new Set([...(result.citations ?? []), ...(result.abstained ? result.passages ?? [] : [])].map((c) => c.file))];
}

/** What the copy button puts on the clipboard: the answer and its sources as plain text. */
export function plainText(result) {
  const lines = [];
  const short = result.shortAnswer;
  if (short?.text) lines.push(short.rendered && short.rendered !== short.text ? `${short.rendered} (${short.text})` : short.text, '');
  lines.push(result.answer);
  if (result.citations?.length) {
    lines.push('', `${t('sourcesLabel')}:`);
    for (const c of result.citations) lines.push(`[${c.n}] ${c.title} (${c.file}): “${c.quote}”`);
  }
  return lines.join('\n');
}

/**
 * The language of an answer's labels: the question's, so an Arabic abstention says so in Arabic
 * and an English question's short answer is labelled in English, whatever the page's language.
 */
export function answerLanguage(result) {
  const lang = result.language || result.answerLanguage;
  return LANGUAGES.includes(lang) ? lang : language();
}
