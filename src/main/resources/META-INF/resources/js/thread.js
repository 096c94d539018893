// Messages in the conversation thread. An assistant message moves through the states
// thinking -> streaming -> done (or error), recorded in data-state for styling and tests.
import { el, clear, append } from './dom.js';
import { answerText, shortAnswerBlock, sourceList, checkedList, plainText, answerLanguage } from './answer.js';
import { feedbackControls } from './feedback.js';
import { t, translate, direction } from './i18n.js';

export function userMessage(text) {
  return el('div', { class: 'msg msg-user' },
    el('span', { class: 'visually-hidden' }, t('youAsked')),
    el('p', { class: 'msg-text', dir: 'auto' }, text));
}

export class AssistantMessage {
  constructor() {
    this.streamed = '';
    this.body = el('div', { class: 'msg-body' },
      el('p', { class: 'thinking' },
        el('span', { class: 'dots', 'aria-hidden': 'true' }, el('span'), el('span'), el('span')),
        t('searching')));
    this.root = el('article', { class: 'msg msg-assistant', 'aria-busy': 'true', 'aria-label': t('answer'), dataset: { state: 'thinking' } },
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

  /**
   * The finished answer: short answer, the answer one sentence per line, sources, then the
   * actions (copy, feedback) and the details. `context` is {question, conversationId, dates, onCopy}.
   */
  finish(result, context) {
    const abstained = Boolean(result.abstained);
    const citations = result.citations ?? [];
    const lang = answerLanguage(result);
    this.root.dataset.state = 'done';
    this.root.dataset.abstained = String(abstained);
    this.root.classList.toggle('msg-abstained', abstained);
    this.root.setAttribute('aria-busy', 'false');

    const answer = el('div', { class: 'answer prose', dir: 'auto', lang: result.answerLanguage || null },
      answerText(result.answer ?? '', citations));
    const copy = el('button', { type: 'button', class: 'btn btn-small' }, t('copy'));
    copy.addEventListener('click', () => context.onCopy(plainText(result), copy));

    clear(this.body);
    append(this.body,
      abstained ? el('p', { class: 'abstained-label', lang, dir: direction(lang) },
        el('span', { class: 'abstained-icon', 'aria-hidden': 'true' }, '∅'), translate(lang, 'notInArticles')) : null,
      abstained ? null : shortAnswerBlock(result.shortAnswer, lang),
      answer,
      abstained ? checkedList(result.passages ?? [], context.dates) : null,
      citations.length ? sourceList(citations, context.dates) : null,
      notices(result),
      el('div', { class: 'msg-actions' }, copy,
        feedbackControls({ question: context.question, result, conversationId: context.conversationId })),
      details(result));
  }

  /** The error in place of the answer, with a "Try again" button; onRetry(button) runs on its click. */
  fail(error, onRetry) {
    this.root.dataset.state = 'error';
    this.root.classList.add('msg-error');
    this.root.setAttribute('aria-busy', 'false');
    const retry = el('button', { type: 'button', class: 'btn btn-small' }, t('tryAgain'));
    retry.addEventListener('click', () => onRetry(retry));
    clear(this.body);
    append(this.body,
      el('p', { class: 'error-text', role: 'alert' }, t('couldNotAnswer'), error.message || String(error)),
      el('div', { class: 'msg-actions' }, retry));
  }
}

/** What the reader must see: an expired conversation, a model that was unavailable, unbacked sentences. */
function notices(result) {
  const parts = [];
  if (result.conversationRestarted) parts.push(el('span', {}, t('expired')));
  if (result.fallback) parts.push(el('span', {}, t('fallback')));
  const unsupported = result.unsupported?.length ?? 0;
  if (unsupported > 0) parts.push(el('span', { class: 'warning' }, t('unsupported', unsupported)));
  return parts.length ? el('p', { class: 'msg-meta' }, parts) : null;
}

/** How the answer was made, folded away: who wrote it, the question searched for a follow-up, the time. */
function details(result) {
  const items = [];
  if (result.mode) items.push(el('li', {}, t('writtenBy', result.mode)));
  if (result.rewrittenQuestion && result.rewrittenQuestion !== result.question) {
    items.push(el('li', { class: 'rewritten' }, t('searchedFor'), el('q', { dir: 'auto' }, result.rewrittenQuestion)));
  }
  const total = result.timings?.totalMs;
  if (Number.isFinite(total)) items.push(el('li', { class: 'timing' }, t('took', Math.max(1, Math.round(total)))));
  if (result.timings?.cached) items.push(el('li', { class: 'cached' }, t('cached')));
  if (items.length === 0) return null;
  return el('details', { class: 'msg-details' },
    el('summary', {}, t('details')),
    el('ul', {}, items));
}
