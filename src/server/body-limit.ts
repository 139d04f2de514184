import type { Plugin } from 'graphql-yoga';

// Refuses request bodies above MAX_BODY_BYTES before reading them: 413 when Content-Length says so,
// 411 when a body comes without a length (chunked), since its size could only be known by reading it.
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS')
        return;
      const length = request.headers.get('content-length');
      const refuse = (status: number, message: string) =>
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                {
                  message,
                  extensions: { code: 'LIMIT_EXCEEDED', limit: 'bodyBytes', max: maxBytes },
                },
              ],
            }),
            { status, headers: { 'content-type': 'application/json' } },
          ),
        );
      if (length === null) {
        if (request.headers.get('transfer-encoding'))
          refuse(411, 'Send a Content-Length with the request body');
        return;
      }
      const bytes = Number(length);
      if (!Number.isFinite(bytes) || bytes > maxBytes) {
        refuse(413, `The request body is ${length} bytes; at most ${maxBytes} allowed`);
      }
    },
  };
}
