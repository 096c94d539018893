// 👍/👎 under an answer. Two toggle buttons (aria-pressed) and a status line that says whether the
// rating was recorded; a failed rating can be sent again with the same button.
import { el } from './dom.js';
import { sendFeedback } from './api.js';
import { t } from './i18n.js';

/** `context` is {question, result, conversationId}: what the rating is about. */
export function feedbackControls(context) {
  const status = el('span', { class: 'feedback-status', role: 'status', 'aria-live': 'polite' });
  const up = ratingButton('up', t('helpful'));
  const down = ratingButton('down', t('notHelpful'));
  const root = el('div', { class: 'feedback', role: 'group', 'aria-label': t('feedbackGroup'), dataset: { state: 'idle' } },
    up, down, status);
  let recorded = null;

  async function rate(rating) {
    if (recorded === rating || root.dataset.state === 'sending') return;
    root.dataset.state = 'sending';
    status.className = 'feedback-status';
    status.textContent = t('feedbackSending');
    for (const button of [up, down]) button.setAttribute('aria-pressed', String(button.dataset.rating === rating));
    try {
      await sendFeedback(body(rating, context));
      recorded = rating;
      root.dataset.state = 'sent';
      status.textContent = t('feedbackThanks');
    } catch (error) {
      for (const button of [up, down]) button.setAttribute('aria-pressed', String(button.dataset.rating === recorded));
      root.dataset.state = 'error';
      status.className = 'feedback-status error-text';
      status.textContent = t('feedbackFailed', error.message || String(error));
    }
  }

  up.addEventListener('click', () => rate('up'));
  down.addEventListener('click', () => rate('down'));
  return root;
}

/** Material Icons "thumb_up" (Apache License 2.0); the thumb down is the same shape turned over in CSS. */
const THUMB = 'M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z';
const SVG = 'http://www.w3.org/2000/svg';

/** A drawn thumb rather than the 👍 emoji, which machines without an emoji font show as an empty box. */
function thumb() {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', THUMB);
  svg.append(path);
  return svg;
}

function ratingButton(rating, label) {
  return el('button', {
    type: 'button',
    class: 'btn btn-small feedback-button',
    'aria-pressed': 'false',
    'aria-label': label,
    title: label,
    dataset: { rating },
  }, thumb());
}

function body(rating, { question, result, conversationId }) {
  const feedback = {
    rating,
    question,
    answer: result.answer ?? '',
    citations: (result.citations ?? []).map(({ file, start, end }) => ({ file, start, end })),
  };
  if (conversationId) feedback.conversationId = conversationId;
  return feedback;
}
