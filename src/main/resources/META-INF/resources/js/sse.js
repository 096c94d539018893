// A tolerant Server-Sent Events reader for fetch() bodies: EventSource cannot POST.
// Handles chunks split anywhere (even inside a multi-byte character or between \r and \n),
// CRLF/CR/LF line ends, comments, multi-line data, and a last event without a blank line.

/** Calls onEvent({event, data}) for each event in the stream; resolves when the stream ends. */
export async function readEvents(body, onEvent) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = eventParser(onEvent);
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    parser.push(decoder.decode(value, { stream: true }));
  }
  parser.push(decoder.decode());
  parser.end();
}

/** The line-level state machine, separate from I/O so any text source can feed it. */
export function eventParser(onEvent) {
  let buffer = '';
  let event = '';
  let data = [];

  function dispatch() {
    if (data.length > 0) onEvent({ event: event || 'message', data: data.join('\n') });
    event = '';
    data = [];
  }

  function line(text) {
    if (text === '') return dispatch();
    if (text.startsWith(':')) return undefined;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    return undefined;
  }

  return {
    push(text) {
      buffer += text;
      // A trailing \r may be the first half of \r\n: keep it until the next chunk says.
      const pattern = /\r\n|\r(?!$)|\n/g;
      let from = 0;
      let match;
      while ((match = pattern.exec(buffer)) !== null) {
        line(buffer.slice(from, match.index));
        from = match.index + match[0].length;
      }
      buffer = buffer.slice(from);
    },
    end() {
      if (buffer.endsWith('\r')) buffer = buffer.slice(0, -1);
      if (buffer !== '') line(buffer);
      buffer = '';
      dispatch();
    },
  };
}
