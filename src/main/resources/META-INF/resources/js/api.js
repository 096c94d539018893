// The service's HTTP API as the page uses it. Answers come from the streaming chat endpoint when
// the service has one, and from POST /api/ask otherwise (older services, or chat switched off).
import { readEvents } from './sse.js';

export class ApiError extends Error {
  constructor(message, code = 'error', status = 0) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };
let chatAvailable = true;

async function errorFrom(response) {
  try {
    const body = await response.json();
    return new ApiError(body.message || `The service answered ${response.status}.`, body.error, response.status);
  } catch {
    return new ApiError(`The service answered ${response.status} ${response.statusText}.`, 'http_error', response.status);
  }
}

async function getJson(path, signal) {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, signal });
  if (!response.ok) throw await errorFrom(response);
  return response.json();
}

export function listArticles(signal) {
  return getJson('/api/articles', signal);
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
    const response = await fetch('/api/chat/stream', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
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
  const response = await fetch('/api/ask', {
    method: 'POST',
    headers: JSON_HEADERS,
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
  if (!final) throw new ApiError('The answer stopped before it was complete. Please ask again.', 'stream_incomplete');
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
    return new ApiError(body.message || 'The service could not answer.', body.error || 'error');
  } catch {
    return new ApiError(data || 'The service could not answer.');
  }
}
