/**
 * A forward proxy on 127.0.0.1 for the API client's HTTPS_PROXY support: it answers CONNECT by
 * tunnelling to the requested host:port (only 127.0.0.1 is allowed, so a test never reaches
 * anything else) and records each CONNECT target and its Proxy-Authorization header.
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface FakeProxy {
  url: string;
  connects: { target: string; auth: string | undefined }[];
  close(): Promise<void>;
}

export async function startFakeProxy(): Promise<FakeProxy> {
  const connects: FakeProxy['connects'] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((_req, res) => {
    res.writeHead(405).end('CONNECT only');
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const target = req.url ?? '';
    connects.push({ target, auth: req.headers['proxy-authorization'] });
    const m = /^127\.0\.0\.1:(\d+)$/.exec(target);
    if (!m) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(Number(m[1]), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connects,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
