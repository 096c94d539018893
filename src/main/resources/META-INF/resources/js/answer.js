// Turns an answer from the API into elements: [n] markers become citation chips, and the sources
// an answer rests on are listed under it. Every piece of API text goes in as a text node.
import { el, append, dateElement, articleHref, directionOf } from './dom.js';

const MARKER = /\[(\d+)\]/g;

/** The answer text, with each [n] that names a known citation turned into a chip linking to it. */
export function answerText(text, citations) {
  const byNumber = new Map(citations.map((c) => [c.n, c]));
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    const citation = byNumber.get(Number(match[1]));
    // A number with no citation behind it stays plain text: it must not look like a source.
    if (!citation) continue;
    append(fragment, text.slice(last, match.index), chip(citation));
    last = match.index + match[0].length;
  }
  append(fragment, text.slice(last));
  return fragment;
}

function chip(citation) {
  return el('a', {
    class: 'cite',
    href: articleHref(citation.file, citation.start, citation.end),
    'aria-label': `Source ${citation.n}: ${citation.title || citation.file}`,
    dataset: { cite: String(citation.n), file: citation.file },
  }, String(citation.n));
}

/** The list of cited sentences under an answer: headline, file, date, section and the quote. */
export function sourceList(citations, catalog) {
  return el('section', { class: 'sources', 'aria-label': 'Sources' },
    el('h3', { class: 'sources-title' }, citations.length === 1 ? 'Source' : `Sources · ${citations.length}`),
    el('ol', { class: 'source-list' }, citations.map((c) => el('li', {}, sourceLink(c, catalog.get(c.file))))));
}

function sourceLink(citation, article) {
  // The number, headline, file and quote line up on the headline's side.
  return el('a', {
    class: 'source',
    dir: directionOf(citation.title),
    href: articleHref(citation.file, citation.start, citation.end),
    dataset: { cite: String(citation.n), file: citation.file },
  },
  el('span', { class: 'source-n', 'aria-hidden': 'true' }, String(citation.n)),
  el('span', { class: 'source-body' },
    el('span', { class: 'source-title', dir: 'auto' }, citation.title || citation.file),
    el('span', { class: 'source-meta' },
      el('span', { class: 'source-file' }, citation.file),
      dateElement(article?.date),
      citation.section === 'appendix' ? el('span', { class: 'badge' }, 'appended story') : null),
    el('span', { class: 'source-quote', dir: 'auto' }, citation.quote)));
}

/** For an abstention: the articles that came closest, so the reader can check for themselves. */
export function checkedList(passages, catalog) {
  const files = [...new Map(passages.map((p) => [p.file, p])).values()].slice(0, 3);
  if (files.length === 0) return null;
  return el('section', { class: 'checked', 'aria-label': 'Closest articles' },
    el('h3', { class: 'sources-title' }, 'Closest articles searched'),
    el('ul', { class: 'checked-list' }, files.map((p) => el('li', {},
      el('a', { href: articleHref(p.file), dir: directionOf(p.title), dataset: { file: p.file } },
        el('span', { class: 'source-title', dir: 'auto' }, p.title || p.file),
        el('span', { class: 'source-meta' }, el('span', { class: 'source-file' }, p.file),
          dateElement(catalog.get(p.file)?.date)))))));
}

/** What the copy button puts on the clipboard: the answer and its sources as plain text. */
export function plainText(result) {
  const lines = [result.answer];
  if (result.citations?.length) {
    lines.push('', 'Sources:');
    for (const c of result.citations) lines.push(`[${c.n}] ${c.title} (${c.file}): “${c.quote}”`);
  }
  return lines.join('\n');
}
