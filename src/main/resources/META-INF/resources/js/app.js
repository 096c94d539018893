// Wires the page together: the composer, the conversation, and the hash router that opens the
// article panel (#/articles and #/articles/<file>?mark=<start>-<end>).
import { ask, listArticles, getArticle } from './api.js';
import { el, clear, articleHref, clampTitle } from './dom.js';
import { AssistantMessage, userMessage } from './thread.js';
import { filesShown } from './answer.js';
import { articleBrowser, articleView } from './article.js';
import { t, language, setLanguage, applyLanguage, formatNumber } from './i18n.js';

const TOP_K = 5;
const byId = (id) => document.getElementById(id);
const ui = {
  layout: byId('layout'),
  thread: byId('thread'),
  welcome: byId('welcome'),
  composer: byId('composer'),
  input: byId('composer-input'),
  send: byId('send'),
  limit: byId('composer-limit'),
  newConversation: byId('new-conversation'),
  languageSwitch: byId('language-switch'),
  panel: byId('panel'),
  panelTitle: byId('panel-title'),
  panelBody: byId('panel-body'),
  panelClose: byId('panel-close'),
};

const state = {
  conversationId: null,
  pending: null,
  articles: new Map(),
  opener: null,
  panelLoad: 0,
};

/**
 * file -> the article's date (or null), for the source cards. Fetched per cited file and kept:
 * the article list is paged, so it no longer holds every file. A failure is retried next time.
 */
async function articleDates(files) {
  const dates = await Promise.all(files.map((file) => {
    if (!state.articles.has(file)) {
      state.articles.set(file, getArticle(file).then((a) => a.date ?? null).catch(() => {
        state.articles.delete(file);
        return null;
      }));
    }
    return state.articles.get(file);
  }));
  return new Map(files.map((file, i) => [file, dates[i]]));
}

// ---- conversation

async function send(rawQuestion) {
  const question = rawQuestion.trim();
  if (!question || state.pending) return;
  ui.welcome.hidden = true;
  const asked = userMessage(question);
  ui.thread.append(asked);
  const message = new AssistantMessage();
  ui.thread.append(message.root);
  reveal(message.root);

  const controller = new AbortController();
  setPending(controller);
  try {
    const request = { question, conversationId: state.conversationId, topK: TOP_K };
    const result = await ask(request, { signal: controller.signal, onToken: (text) => streamInto(message, text) });
    const dates = await articleDates(filesShown(result));
    if (controller.signal.aborted) return;
    if (result.conversationId) state.conversationId = result.conversationId;
    message.finish(result, { question, conversationId: state.conversationId, dates, onCopy: copyToClipboard });
  } catch (error) {
    if (controller.signal.aborted) return;
    message.fail(error, (retry) => {
      if (state.pending) return;
      // The failed pair gives way to the question asked again, so the thread holds each question once.
      const fromKeyboard = retry.matches(':focus-visible');
      asked.remove();
      message.root.remove();
      send(question);
      if (fromKeyboard) ui.input.focus();
    });
  } finally {
    if (state.pending === controller) setPending(null);
  }
  reveal(message.root);
}

function setPending(controller) {
  state.pending = controller;
  ui.send.disabled = Boolean(controller);
  ui.composer.setAttribute('aria-busy', String(Boolean(controller)));
}

function newConversation() {
  state.pending?.abort();
  setPending(null);
  state.conversationId = null;
  for (const node of [...ui.thread.children]) {
    if (node !== ui.welcome) node.remove();
  }
  ui.welcome.hidden = false;
  ui.input.value = '';
  resizeInput();
  ui.input.focus();
}

/** Streams text into the message, following it only if the reader has not scrolled away. */
function streamInto(message, text) {
  const thread = ui.thread;
  const following = thread.scrollHeight - thread.scrollTop - thread.clientHeight < 80;
  message.stream(text);
  if (following) thread.scrollTop = thread.scrollHeight;
}

/** Keeps the newest message in view; a long answer is shown from its start, not its end. */
function reveal(node) {
  const thread = ui.thread;
  if (node.offsetHeight > thread.clientHeight) {
    thread.scrollTop = node.offsetTop - thread.offsetTop - 12;
  } else {
    thread.scrollTop = thread.scrollHeight;
  }
}

async function copyToClipboard(text, button) {
  let copied = false;
  try {
    await navigator.clipboard.writeText(text);
    copied = true;
  } catch {
    copied = false;
  }
  const label = button.textContent;
  button.textContent = copied ? t('copied') : t('copyFailed');
  setTimeout(() => { button.textContent = label; }, 1600);
}

const INPUT_MAX_HEIGHT = 180;

/** The height the placeholder needs, measured on an invisible copy so the reader's box is untouched. */
function placeholderHeight() {
  const probe = ui.input.cloneNode();
  probe.removeAttribute('id');
  probe.value = ui.input.placeholder;
  probe.style.cssText = `position:absolute;visibility:hidden;height:auto;width:${ui.input.offsetWidth}px`;
  ui.input.after(probe);
  const height = probe.scrollHeight;
  probe.remove();
  return height;
}

/**
 * Grows the question box with its text, then scrolls inside it past the maximum height. An empty
 * box is sized for its placeholder, which may wrap on a narrow phone and would otherwise be cut.
 */
function resizeInput() {
  ui.input.style.height = 'auto';
  // scrollHeight leaves out the borders, which the box's height (border-box) includes.
  const borders = ui.input.offsetHeight - ui.input.clientHeight;
  const height = (ui.input.value === '' ? placeholderHeight() : ui.input.scrollHeight) + borders;
  ui.input.style.height = `${Math.min(height, INPUT_MAX_HEIGHT)}px`;
  ui.input.style.overflowY = height > INPUT_MAX_HEIGHT ? 'auto' : 'hidden';
}

/**
 * Says so when the question fills the box's maxlength: the browser cuts a longer paste silently,
 * and the reader would send the cut question without knowing.
 */
function noteLimit() {
  const full = ui.input.value.length >= ui.input.maxLength;
  ui.limit.hidden = !full;
  ui.limit.textContent = full ? t('questionLimit', formatNumber(ui.input.maxLength)) : '';
}

// ---- article panel

function route() {
  const match = location.hash.match(/^#\/articles(?:\/([^?]+))?(?:\?(.*))?$/);
  if (!match) {
    closePanel();
    return;
  }
  if (!match[1]) {
    showArticleList();
    return;
  }
  const params = new URLSearchParams(match[2] ?? '');
  showArticle(safeDecode(match[1]), parseRange(params.get('mark')));
}

function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function parseRange(value) {
  const match = /^(\d+)-(\d+)$/.exec(value ?? '');
  return match ? { start: Number(match[1]), end: Number(match[2]) } : null;
}

function openPanel(title) {
  const load = ++state.panelLoad;
  ui.panel.hidden = false;
  ui.layout.classList.add('has-panel');
  ui.panelTitle.textContent = title;
  clear(ui.panelBody).append(el('p', { class: 'panel-note loading' }, t('loading')));
  return load;
}

function showArticleList() {
  openPanel(t('articles'));
  clear(ui.panelBody).append(articleBrowser((page, signal) => listArticles(page, signal)));
  ui.panelTitle.focus({ preventScroll: true });
}

async function showArticle(file, range) {
  const load = openPanel(file);
  try {
    const detail = await getArticle(file);
    if (load !== state.panelLoad) return;
    ui.panelTitle.textContent = clampTitle(detail.title || detail.file);
    const { view, mark } = articleView(detail, range);
    clear(ui.panelBody).append(el('p', { class: 'panel-back' }, el('a', { href: '#/articles' }, t('allArticles'))), view);
    ui.panelBody.scrollTop = 0;
    if (mark) {
      mark.focus({ preventScroll: true });
      mark.scrollIntoView({ block: 'center' });
    } else {
      ui.panelTitle.focus({ preventScroll: true });
    }
  } catch (error) {
    if (load === state.panelLoad) panelError(error);
  }
}

function panelError(error) {
  clear(ui.panelBody).append(el('p', { class: 'panel-note error-text', role: 'alert' }, error.message || String(error)));
}

function closePanel() {
  if (ui.panel.hidden) return;
  state.panelLoad += 1;
  ui.panel.hidden = true;
  ui.layout.classList.remove('has-panel');
  const back = state.opener?.isConnected ? state.opener : ui.input;
  state.opener = null;
  back.focus({ preventScroll: true });
}

function leavePanel() {
  if (location.hash.startsWith('#/articles')) location.hash = '#/';
  else closePanel();
}

// ---- events

ui.composer.addEventListener('submit', (event) => {
  event.preventDefault();
  const question = ui.input.value;
  if (!question.trim() || state.pending) return;
  // Sending with the button disables it, which would leave the focus nowhere (on the page's body).
  if (document.activeElement === ui.send) ui.input.focus();
  ui.input.value = '';
  resizeInput();
  noteLimit();
  send(question);
});

ui.input.addEventListener('keydown', (event) => {
  // Enter while an input method is composing (e.g. choosing a candidate) must not send.
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    ui.composer.requestSubmit();
  }
});
ui.input.addEventListener('input', () => {
  resizeInput();
  noteLimit();
});

ui.newConversation.addEventListener('click', newConversation);
ui.languageSwitch.addEventListener('click', () => {
  setLanguage(language() === 'ar' ? 'en' : 'ar');
  resizeInput();
  noteLimit();
  // The open panel is drawn again in the new language; the conversation keeps its words.
  if (!ui.panel.hidden) route();
  ui.languageSwitch.focus();
});
ui.panelClose.addEventListener('click', leavePanel);

for (const example of document.querySelectorAll('.example')) {
  example.addEventListener('click', () => {
    // Sending hides the examples; a keyboard reader's focus goes to the question box, not the page's
    // body. A tap leaves it be, so that a phone's keyboard does not open over the answer.
    if (example.matches(':focus-visible')) ui.input.focus();
    send(example.textContent);
  });
}

// Links into the article panel remember where they were, so closing it returns focus there; a
// link to the article already shown re-runs the route, since the hash does not change.
document.addEventListener('click', (event) => {
  const link = event.target.closest?.('a[href^="#/articles"]');
  if (!link) return;
  if (!ui.panel.contains(link)) state.opener = link;
  if (link.getAttribute('href') === location.hash) {
    event.preventDefault();
    route();
  }
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !ui.panel.hidden) leavePanel();
});

window.addEventListener('hashchange', route);

// /?article=<file> is the shareable long form of #/articles/<file>.
const linked = new URLSearchParams(location.search).get('article');
if (linked) history.replaceState(null, '', `${location.pathname}${articleHref(linked)}`);
applyLanguage();
resizeInput();
route();
