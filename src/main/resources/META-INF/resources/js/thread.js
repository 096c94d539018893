// Messages in the conversation thread. An assistant message moves through the states
// thinking -> streaming -> done (or error), recorded in data-state for styling and tests.
import { el, clear, append } from './dom.js';
import { answerText, sourceList, checkedList, plainText } from './answer.js';

export function userMessage(text) {
  return el('div', { class: 'msg msg-user' },
    el('span', { class: 'visually-hidden' }, 'You asked: '),
    el('p', { class: 'msg-text', dir: 'auto' }, text));
}

export class AssistantMessage {
  constructor() {
    this.streamed = '';
    this.body = el('div', { class: 'msg-body' },
      el('p', { class: 'thinking' },
        el('span', { class: 'dots', 'aria-hidden': 'true' }, el('span'), el('span'), el('span')),
        'Searching the articles…'));
    this.root = el('article', { class: 'msg msg-assistant', 'aria-busy': 'true', 'aria-label': 'Answer', dataset: { state: 'thinking' } },
      this.body);
  }

  /** Shows answer text as it arrives; markers become chips once the citations are known. */
  stream(text) {
    if (!text) return;
    if (this.root.dataset.state === 'thinking') {
      this.root.dataset.state = 'streaming';
      this.live = el('div', { class: 'answer prose streaming', dir: 'auto' });
      clear(this.body).append(this.live);
    }
    this.streamed += text;
    this.live.textContent = this.streamed;
  }

  finish(result, catalog, onCopy) {
    const abstained = Boolean(result.abstained);
    const citations = result.citations ?? [];
    this.root.dataset.state = 'done';
    this.root.dataset.abstained = String(abstained);
    this.root.classList.toggle('msg-abstained', abstained);
    this.root.setAttribute('aria-busy', 'false');

    const answer = el('div', { class: 'answer prose', dir: 'auto', lang: result.answerLanguage || null },
      answerText(result.answer ?? '', citations));
    const copy = el('button', { type: 'button', class: 'btn btn-small' }, 'Copy answer');
    copy.addEventListener('click', () => onCopy(plainText(result), copy));

    clear(this.body);
    append(this.body,
      abstained ? el('p', { class: 'abstained-label' }, el('span', { class: 'abstained-icon', 'aria-hidden': 'true' }, '∅'),
        'Not in the articles') : null,
      answer,
      abstained ? checkedList(result.passages ?? [], catalog) : null,
      citations.length ? sourceList(citations, catalog) : null,
      el('div', { class: 'msg-actions' }, copy, meta(result)));
  }

  fail(error, onRetry) {
    this.root.dataset.state = 'error';
    this.root.classList.add('msg-error');
    this.root.setAttribute('aria-busy', 'false');
    const retry = el('button', { type: 'button', class: 'btn btn-small' }, 'Try again');
    retry.addEventListener('click', onRetry);
    clear(this.body);
    append(this.body,
      el('p', { class: 'error-text', role: 'alert' }, 'Could not get an answer. ', error.message || String(error)),
      el('div', { class: 'msg-actions' }, retry));
  }
}

function meta(result) {
  const parts = [];
  if (result.conversationRestarted) {
    parts.push(el('span', {}, 'The earlier conversation had expired, so this started a new one.'));
  }
  if (result.fallback) {
    parts.push(el('span', {}, 'Quoted straight from the articles: the language model was unavailable.'));
  }
  const unsupported = result.unsupported?.length ?? 0;
  if (unsupported > 0) {
    parts.push(el('span', { class: 'warning' },
      unsupported === 1 ? 'One sentence cites no article.' : `${unsupported} sentences cite no article.`));
  }
  if (result.rewrittenQuestion && result.rewrittenQuestion !== result.question) {
    parts.push(el('span', {}, 'Searched for ', el('q', { dir: 'auto' }, result.rewrittenQuestion)));
  }
  const total = result.timings?.totalMs;
  if (Number.isFinite(total)) parts.push(el('span', {}, `${Math.max(1, Math.round(total))} ms`));
  return el('p', { class: 'msg-meta' }, parts);
}
