// A router for trying scale-out locally: each request goes to the next instance in turn, so every turn of a
// conversation lands on another instance than the last. Usage: node round-robin.mjs <port> <instance port>...
// The answering instance is named in the x-internbot-instance response header.
import http from 'node:http';

const [port, ...instances] = process.argv.slice(2).map(Number);
if (!port || instances.length === 0) {
  console.error('usage: node round-robin.mjs <port> <instance port> [<instance port>...]');
  process.exit(2);
}

let next = 0;
http
  .createServer((request, response) => {
    const instance = instances[next++ % instances.length];
    const forwarded = http.request(
      { host: '127.0.0.1', port: instance, path: request.url, method: request.method, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-internbot-instance': String(instance) });
        answer.pipe(response);
      },
    );
    forwarded.on('error', () => {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(`instance on port ${instance} does not answer\n`);
    });
    request.pipe(forwarded);
  })
  .listen(port, '127.0.0.1', () => console.log(`round-robin router on http://localhost:${port} -> ${instances.map((p) => `:${p}`).join(', ')}`));
