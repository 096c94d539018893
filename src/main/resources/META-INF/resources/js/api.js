// The service's HTTP API as the page uses it. Answers come from the streaming chat endpoint when
// the service has one, and from POST /api/ask otherwise (older services, or chat switched off).
import { readEvents } from './sse.js';
import { t, language } from './i18n.js';

export class ApiError extends Error {
  constructor(message, code = 'error', status = 0) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

/**
 * A request's headers: the service writes an error's message in the page's language
 * (Accept-Language), not the browser's.
 */
function headers(accept, body = true) {
  return { ...(body ? { 'Content-Type': 'application/json' } : {}), Accept: accept, 'Accept-Language': language() };
}
let chatAvailable = true;

/**
 * fetch(), with a network failure (the service stopped, the connection lost) said in the page's
 * language: the browser's own words ("Failed to fetch") tell a reader nothing. An abort stays one.
 */
async function reach(path, init) {
  try {
    return await fetch(path, init);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(t('unreachable'), 'unreachable');
  }
}

/**
 * The error a failed response stands for. Busy (429) and not ready (503 not_ready) are said in the
 * page's language with when to try again, whoever answered: a proxy in front of the service answers
 * these with a page of HTML. Any other refusal is the service's, whose message is in the page's language.
 */
async function errorFrom(response) {
  const body = await response.json().catch(() => null);
  if (response.status === 429) {
    const seconds = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
    return new ApiError(t('busy', seconds > 0 ? seconds : null), 'busy', 429);
  }
  if (response.status === 503 && (body?.error ?? 'not_ready') === 'not_ready') {
    return new ApiError(t('notReady'), 'not_ready', 503);
  }
  if (body) return new ApiError(body.message || t('serviceAnswered', response.status), body.error, response.status);
  return new ApiError(t('serviceAnswered', `${response.status} ${response.statusText}`.trim()), 'http_error',
    response.status);
}

async function getJson(path, signal) {
  const response = await reach(path, { headers: headers('application/json', false), signal });
  if (!response.ok) throw await errorFrom(response);
  return response.json();
}

/**
 * One page of the article list: {total, offset, limit, indexed, skipped, articles}. A service
 * that predates paging answers {count, indexed, skipped, articles} with every article; that list
 * is filtered (q on headline and file name, from/to on the date) and cut here the same way, so
 * the page works against either.
 */
export async function listArticles({ offset = 0, limit = 50, q = '', from = '', to = '' } = {}, signal) {
  const params = new URLSearchParams({ offset: String(offset), limit: String(limit) });
  for (const [name, value] of Object.entries({ q, from, to })) if (value) params.set(name, value);
  const list = await getJson(`/api/articles?${params}`, signal);
  if (Number.isInteger(list.total) && Number.isInteger(list.offset)) return list;
  const needle = q.trim().toLowerCase();
  // ISO dates compare as strings; an undated article is outside any date range.
  const matching = list.articles.filter((a) => (!needle || `${a.title ?? ''}\n${a.file}`.toLowerCase().includes(needle))
    && (!from || (a.date && a.date >= from)) && (!to || (a.date && a.date <= to)));
  const filtered = needle || from || to;
  return {
    ...list,
    total: filtered ? matching.length : list.count ?? matching.length,
    offset,
    limit,
    articles: matching.slice(offset, offset + limit),
  };
}

export function getArticle(file, signal) {
  return getJson(`/api/articles/${encodeURIComponent(file)}`, signal);
}

/**
 * Asks one question. onToken(text) receives answer text as it streams; the promise resolves with
 * the full answer ({answer, abstained, citations, ..., conversationId?}).
 */
export async function ask({ question, conversationId, topK }, { onToken = () => {}, signal } = {}) {
  if (chatAvailable) {
    const body = { message: question, topK };
    if (conversationId) body.conversationId = conversationId;
    const response = await reach('/api/chat/stream', {
      method: 'POST',
      headers: headers('text/event-stream'),
      body: JSON.stringify(body),
      signal,
    });
    if (response.status === 404 && conversationId) {
      // The service forgot the conversation (idle too long): answer as the start of a new one.
      const fresh = await ask({ question, topK }, { onToken, signal });
      return { ...fresh, conversationRestarted: true };
    }
    if (response.status === 404 || response.status === 405) {
      chatAvailable = false;
    } else if (!response.ok) {
      throw await errorFrom(response);
    } else {
      return readChatResponse(response, onToken);
    }
  }
  const response = await reach('/api/ask', {
    method: 'POST',
    headers: headers('application/json'),
    body: JSON.stringify({ question, topK }),
    signal,
  });
  if (!response.ok) throw await errorFrom(response);
  return response.json();
}

async function readChatResponse(response, onToken) {
  const type = response.headers.get('Content-Type') || '';
  if (!type.includes('text/event-stream')) return response.json();
  let final = null;
  let failure = null;
  await readEvents(response.body, ({ event, data }) => {
    if (final || failure) return;
    if (event === 'token') {
      onToken(tokenText(data));
    } else if (event === 'done' || event === 'final') {
      final = JSON.parse(data);
    } else if (event === 'error') {
      failure = errorFromEvent(data);
    }
  });
  if (failure) throw failure;
  if (!final) throw new ApiError(t('streamStopped'), 'stream_incomplete');
  return final;
}

function tokenText(data) {
  try {
    const parsed = JSON.parse(data);
    return typeof parsed === 'string' ? parsed : String(parsed.text ?? '');
  } catch {
    return data;
  }
}

function errorFromEvent(data) {
  try {
    const body = JSON.parse(data);
    return new ApiError(body.message || t('couldNotAnswerService'), body.error || 'error');
  } catch {
    return new ApiError(data || t('couldNotAnswerService'));
  }
}

/**
 * Records a reader's 👍/👎 on an answer: POST /api/feedback with
 * {rating, question, answer, citations: [{file, start, end}], conversationId?}; resolves with {id}.
 */
export async function sendFeedback(feedback) {
  const response = await reach('/api/feedback', {
    method: 'POST',
    headers: headers('application/json'),
    body: JSON.stringify(feedback),
  });
  if (!response.ok) throw await errorFrom(response);
  return response.json();
}
