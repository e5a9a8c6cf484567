/**
 * Server-sent events read with fetch (EventSource cannot send the key in a header): calls
 * `onData` with each event's JSON, reconnects after a drop (1 s, then up to 10 s), and tells
 * whether it is connected. Returns a function that stops it.
 */
export function openStream<T>(path: string, key: string, onData: (data: T) => void, onConnected: (connected: boolean) => void): () => void {
  const abort = new AbortController();
  let delay = 1000;
  const run = async () => {
    while (!abort.signal.aborted) {
      try {
        const res = await fetch(path, { headers: { authorization: `Bearer ${key}`, accept: 'text/event-stream' }, signal: abort.signal });
        // A refused key is final: retrying would not change it.
        if (res.status === 401 || res.status === 403 || res.status === 404) {
          onConnected(false);
          return;
        }
        if (!res.ok || !res.body) throw new Error(String(res.status));
        onConnected(true);
        delay = 1000;
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const message = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = message
              .split('\n')
              .filter((line) => line.startsWith('data: '))
              .map((line) => line.slice(6))
              .join('\n');
            if (data) onData(JSON.parse(data) as T);
          }
        }
      } catch {
        if (abort.signal.aborted) return;
      }
      onConnected(false);
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(10_000, delay * 2);
    }
  };
  void run();
  return () => abort.abort();
}
