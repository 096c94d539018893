// The article browser: the list of articles, and one article with a quoted sentence highlighted.
// Offsets from the API are UTF-16 indices into `text`, the same unit JavaScript strings use.
import { el, append, clear, dateElement, articleHref, directionOf, titleElement, clampTitle } from './dom.js';
import { t, formatNumber } from './i18n.js';

export const PAGE_SIZE = 50;

/** The search and page the reader was on, kept while the page is open so "All articles" returns there. */
const listState = { q: '', from: '', to: '', offset: 0 };

/**
 * The article list with a search box (headline and file name), a date range and previous/next
 * pages. `load({offset, limit, q, from, to}, signal)` fetches one page
 * ({total, offset, limit, indexed, skipped, articles}).
 */
export function articleBrowser(load) {
  const search = el('input', {
    type: 'search',
    class: 'article-search',
    id: 'article-search',
    dir: 'auto',
    placeholder: t('articleSearchPlaceholder'),
    'aria-label': t('articleSearch'),
    autocomplete: 'off',
  });
  search.value = listState.q;
  const from = dateField('from', t('dateFrom'));
  const to = dateField('to', t('dateTo'));
  const filters = el('div', { class: 'article-filters' }, search, from.label, to.label);
  const summary = el('p', { class: 'panel-note article-summary', 'aria-live': 'polite', tabindex: '-1' });
  const list = el('ul', { class: 'article-list' });
  const previous = el('button', { type: 'button', class: 'btn btn-small', dataset: { page: 'previous' } }, t('previous'));
  const next = el('button', { type: 'button', class: 'btn btn-small', dataset: { page: 'next' } }, t('next'));
  const range = el('span', { class: 'article-range' });
  const pager = el('nav', { class: 'article-pager', 'aria-label': t('pages') }, previous, range, next);
  const root = el('div', { class: 'article-browser', dataset: { state: 'loading' } }, filters, summary, list, pager);
  let controller = null;
  let typing = 0;

  async function show(offset, focusAfter) {
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    root.dataset.state = 'loading';
    try {
      const page = await load({ offset, limit: PAGE_SIZE, q: listState.q, from: listState.from, to: listState.to }, signal);
      if (signal.aborted) return;
      listState.offset = page.offset;
      render(page);
      root.dataset.state = 'done';
      if (focusAfter?.disabled) summary.focus({ preventScroll: true });
    } catch (error) {
      if (signal.aborted) return;
      root.dataset.state = 'error';
      summary.className = 'panel-note article-summary error-text';
      summary.textContent = error.message || String(error);
    }
  }

  function render(page) {
    const total = Number.isInteger(page.total) ? page.total : page.count ?? page.articles.length;
    summary.className = 'panel-note article-summary';
    const filtered = listState.q || listState.from || listState.to;
    summary.textContent = total === 0 && filtered ? t('noMatches') : t('indexedSummary', formatNumber(page.indexed ?? total), formatNumber(page.skipped ?? 0));
    clear(list).append(...page.articles.map(listItem));
    const from = total === 0 ? 0 : page.offset + 1;
    const to = page.offset + page.articles.length;
    range.textContent = t('range', formatNumber(from), formatNumber(to), formatNumber(total));
    previous.disabled = page.offset <= 0;
    next.disabled = to >= total;
    pager.hidden = previous.disabled && next.disabled;
  }

  search.addEventListener('input', () => {
    // Wait for a pause in typing, so a word is one request and not one per letter.
    clearTimeout(typing);
    typing = setTimeout(() => {
      listState.q = search.value.trim();
      show(0);
    }, 250);
  });
  for (const field of [from, to]) {
    field.input.addEventListener('change', () => {
      listState[field.name] = field.input.value;
      show(0);
    });
  }
  previous.addEventListener('click', () => show(Math.max(0, listState.offset - PAGE_SIZE), previous));
  next.addEventListener('click', () => show(listState.offset + PAGE_SIZE, next));
  show(listState.offset);
  return root;
}

/** A labelled date input ("From"/"To") bound to listState[name]. */
function dateField(name, label) {
  const input = el('input', { type: 'date', class: 'article-date', id: `article-${name}`, name });
  input.value = listState[name];
  return { name, input, label: el('label', { class: 'article-date-label' }, label, input) };
}

function listItem(a) {
  return el('li', { class: `article-item article-${a.status}` },
    a.status === 'indexed'
      ? el('a', { href: articleHref(a.file), dir: directionOf(a.title), dataset: { file: a.file } }, ...itemContent(a))
      : el('div', { dir: directionOf(a.title) }, ...itemContent(a),
        el('span', { class: 'article-reason' }, t('notIndexed', a.reason))));
}

function itemContent(article) {
  return [
    titleElement('span', 'article-item-title', article.title, article.file),
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
  // A headline cut short in the panel's title stays in the body, so its whole text can be read.
  const shownWhole = clampTitle(detail.title) === (detail.title ?? '').trim();
  const bodyStart = shownWhole ? Math.min(headlineEnd(text, detail.title), mark ? mark.start : text.length) : 0;
  const marks = [];

  const view = el('div', { class: 'article' },
    el('p', { class: 'source-meta article-meta', dir: directionOf(text) },
      el('span', { class: 'source-file' }, detail.file),
      dateElement(detail.date),
      el('span', {}, t('sentences', formatNumber(detail.sentences.length)))),
    range && !valid ? el('p', { class: 'panel-note' }, t('quoteGone')) : null,
    el('div', { class: 'article-text prose', dir: 'auto' }, textWithMark(text, bodyStart, appendixStart, mark, marks)));

  if (appendixStart < text.length) {
    append(view, el('section', { class: 'appendix', 'aria-label': t('appendedStoryTitle') },
      el('h3', { class: 'appendix-title' }, t('appendedStoryTitle')),
      el('p', { class: 'panel-note' }, t('appendixNote')),
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
