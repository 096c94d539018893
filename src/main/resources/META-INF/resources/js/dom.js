// Builds elements whose content is always text: strings become text nodes, never markup, so
// article and answer text cannot inject elements or scripts whatever it contains.
import { direction, formatDate, language } from './i18n.js';

/**
 * el('a', {class: 'x', href: '#', dataset: {cite: '1'}}, 'text', childNode)
 * Attribute values are set with setAttribute; `on*` handlers are not accepted here.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (name.startsWith('on')) {
      throw new Error(`el(): bind ${name} with addEventListener`);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, ...children);
  return node;
}

export function append(parent, ...children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

const STRONG = /[A-Za-z\u00C0-\u024F\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * 'rtl' or 'ltr' by the first strong letter of `text`, like dir="auto". Needed for containers
 * whose direction should follow one child: dir="auto" skips children that have a dir of their own.
 */
export function directionOf(text) {
  const first = STRONG.exec(text ?? '');
  return first && RIGHT_TO_LEFT.test(first[0]) ? 'rtl' : 'ltr';
}

/**
 * A date for an ISO yyyy-mm-dd string, formatted in the page's language, or null when there is
 * none. The <bdi> isolates it from the text around it: inside a right-to-left headline's line,
 * "7 Oct 2023" would otherwise be reordered by the bidi algorithm into "Oct 2023 7".
 */
export function dateElement(iso) {
  if (!iso) return null;
  const parsed = new Date(`${iso}T00:00:00Z`);
  const valid = !Number.isNaN(parsed.getTime());
  // The wrapper takes the line's direction, so a separator drawn before it lands on the right side.
  return el('span', { class: 'meta-date' },
    el('bdi', { class: 'date', dir: valid ? direction() : 'ltr', lang: valid ? language() : null },
      el('time', { datetime: iso }, valid ? formatDate(parsed) : iso)));
}

/** Headlines longer than this are cut (an article without one gets its first paragraph). */
const TITLE_MAX = 140;

/** The title cut at a word boundary near TITLE_MAX characters, with an ellipsis. */
export function clampTitle(title) {
  const text = (title ?? '').trim();
  if (text.length <= TITLE_MAX) return text;
  const cut = text.lastIndexOf(' ', TITLE_MAX);
  return `${text.slice(0, cut > TITLE_MAX / 2 ? cut : TITLE_MAX).trimEnd()}…`;
}

/** An element showing a headline clamped by clampTitle(), with the full headline as its tooltip. */
export function titleElement(tag, className, title, fallback) {
  const full = title || fallback;
  const shown = clampTitle(full);
  return el(tag, { class: className, dir: 'auto', title: shown === full ? null : full }, shown);
}

/** The hash route of an article, optionally with a quoted range to highlight. */
export function articleHref(file, start, end) {
  const base = `#/articles/${encodeURIComponent(file)}`;
  return Number.isInteger(start) && Number.isInteger(end) ? `${base}?mark=${start}-${end}` : base;
}
