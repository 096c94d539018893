// Builds elements whose content is always text: strings become text nodes, never markup, so
// article and answer text cannot inject elements or scripts whatever it contains.

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

const dateFormat = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** A <time> for an ISO yyyy-mm-dd date, or null when the article has none. */
export function dateElement(iso) {
  if (!iso) return null;
  const parsed = new Date(`${iso}T00:00:00Z`);
  const label = Number.isNaN(parsed.getTime()) ? iso : dateFormat.format(parsed);
  return el('time', { datetime: iso }, label);
}

/** The hash route of an article, optionally with a quoted range to highlight. */
export function articleHref(file, start, end) {
  const base = `#/articles/${encodeURIComponent(file)}`;
  return Number.isInteger(start) && Number.isInteger(end) ? `${base}?mark=${start}-${end}` : base;
}
