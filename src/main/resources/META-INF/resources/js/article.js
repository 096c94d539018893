// The article browser: the list of articles, and one article with a quoted sentence highlighted.
// Offsets from the API are UTF-16 indices into `text`, the same unit JavaScript strings use.
import { el, append, dateElement, articleHref, directionOf } from './dom.js';

export function articleListView(list) {
  const items = list.articles.map((a) => el('li', { class: `article-item article-${a.status}` },
    a.status === 'indexed'
      ? el('a', { href: articleHref(a.file), dir: directionOf(a.title), dataset: { file: a.file } }, ...itemContent(a))
      : el('div', { dir: directionOf(a.title) }, ...itemContent(a),
        el('span', { class: 'article-reason' }, `Not indexed: ${a.reason || 'skipped'}`))));
  const summary = list.skipped > 0
    ? `${list.indexed} indexed, ${list.skipped} skipped`
    : `${list.indexed} articles indexed`;
  return el('div', { class: 'article-browser' },
    el('p', { class: 'panel-note' }, summary),
    el('ul', { class: 'article-list' }, items));
}

function itemContent(article) {
  return [
    el('span', { class: 'article-item-title', dir: 'auto' }, article.title || article.file),
    el('span', { class: 'source-meta' },
      el('span', { class: 'source-file' }, article.file),
      dateElement(article.date)),
  ];
}

/**
 * One article. `range` ({start, end}) is the quoted sentence to highlight; returns the view and
 * the <mark> holding the quote (null when there is none).
 */
export function articleView(detail, range) {
  const text = detail.text;
  const valid = range && range.start >= 0 && range.start < range.end && range.end <= text.length;
  const mark = valid ? range : null;
  const appendixStart = detail.sentences.find((s) => s.section === 'appendix')?.start ?? text.length;
  const bodyStart = Math.min(headlineEnd(text, detail.title), mark ? mark.start : text.length);
  const marks = [];

  const view = el('div', { class: 'article' },
    el('p', { class: 'source-meta article-meta', dir: directionOf(text) },
      el('span', { class: 'source-file' }, detail.file),
      dateElement(detail.date),
      el('span', {}, `${detail.sentences.length} sentences`)),
    range && !valid ? el('p', { class: 'panel-note' }, 'The quoted sentence is no longer in this article.') : null,
    el('div', { class: 'article-text prose', dir: 'auto' }, textWithMark(text, bodyStart, appendixStart, mark, marks)));

  if (appendixStart < text.length) {
    append(view, el('section', { class: 'appendix', 'aria-label': 'Appended story' },
      el('h3', { class: 'appendix-title' }, 'Appended story'),
      el('p', { class: 'panel-note' }, 'Printed after “read also”: a different story, not part of the article above.'),
      el('div', { class: 'article-text prose', dir: 'auto' }, textWithMark(text, appendixStart, text.length, mark, marks))));
  }
  return { view, mark: marks[0] ?? null };
}

/** Where the body starts when the text opens with the headline, which the panel already shows. */
function headlineEnd(text, title) {
  if (!title || !text.startsWith(title)) return 0;
  let end = title.length;
  while (end < text.length && /\s/.test(text[end])) end += 1;
  return end;
}

/** text[from, to) as text nodes, with its overlap with `mark` wrapped in a <mark>. */
function textWithMark(text, from, to, mark, marks) {
  const fragment = document.createDocumentFragment();
  const start = mark ? Math.max(from, mark.start) : to;
  const end = mark ? Math.min(to, mark.end) : to;
  if (start >= end) {
    append(fragment, text.slice(from, to));
    return fragment;
  }
  const highlighted = el('mark', { class: 'quote-mark', tabindex: '-1' }, text.slice(start, end));
  marks.push(highlighted);
  append(fragment, text.slice(from, start), highlighted, text.slice(end, to));
  return fragment;
}
