/**
 * A loopback proxy that forwards each request `delayMs` late, for the first-time benchmark's
 * "farther server" table: every request (the page, its scripts, the CORS preflight, the API call)
 * then takes one round trip of `delayMs` more, as from a server that far away. Connection set-up
 * is not delayed. Chromium's own latency emulation was not used: it left the preflight undelayed.
 */
import { createServer, request, type Server } from 'node:http';

/** Starts the proxy for `http://127.0.0.1:<targetPort>` on a free port. */
export function delayProxy(targetPort: number, delayMs: number): Promise<Server> {
  const server = createServer((req, res) => {
    const body: Buffer[] = [];
    req.on('data', (chunk: Buffer) => body.push(chunk));
    req.on('end', () =>
      setTimeout(() => {
        const out = request({ host: '127.0.0.1', port: targetPort, path: req.url, method: req.method, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        out.on('error', () => res.writeHead(502).end());
        out.end(Buffer.concat(body));
      }, delayMs),
    );
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}
