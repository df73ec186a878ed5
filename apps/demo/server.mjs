#!/usr/bin/env node
// Small static server for the demo site and the built Storybook: loopback only, node built-ins only.
// Usage: node server.mjs [--root DIR] [--port N]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const root = resolve(arg('root', join(import.meta.dirname, 'dist')));
const port = Number(arg('port', process.env.PORT ?? 4173));
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`"${arg('port', process.env.PORT)}" is not a port number (1 to 65535).`);
  process.exit(2);
}
const host = '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

// Pages under /hosts/csp/ are served with a strict policy: no inline script or style, no eval.
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

if (!existsSync(root)) {
  console.error(`Nothing to serve: ${root} does not exist. Build first (npm start does it).`);
  process.exit(1);
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${host}`);
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (path !== root && !path.startsWith(root + sep)) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!existsSync(path)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Page introuvable');
    return;
  }
  const headers = {
    'content-type': types[extname(path)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  };
  if (url.pathname.startsWith('/hosts/csp/')) headers['content-security-policy'] = STRICT_CSP;
  res.writeHead(200, headers);
  createReadStream(path).pipe(res);
})
  .on('error', (error) => {
    if (error.code === 'EADDRINUSE')
      console.error(
        `Port ${port} is already in use: stop the other server, or choose another port (PORT=8080).`,
      );
    else console.error(`The server could not start: ${error.message}`);
    process.exit(1);
  })
  .listen(port, host, () => {
    console.log(`Passerelle: serving ${root}, listening on http://${host}:${port}/`);
  });
