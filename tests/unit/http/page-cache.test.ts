import { createServer, get, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import {
  cachePoolOf,
  createPageCache,
  isCacheableRequest,
  pageCacheTtlMs,
  type PageCache,
} from "@/scripts/page-cache.mjs";

const request = (url: string, headers: Record<string, string> = {}, method = "GET") =>
  ({ method, url, headers }) as Pick<IncomingMessage, "method" | "url" | "headers">;

describe("which requests a kept page may answer", () => {
  it.each([
    ["/", true],
    ["/consultaties", true],
    ["/consultaties?weergave=archief&pagina=2", true],
    ["/consultaties/5b5e46f3-83f4-4ee4-89fb-c31650cf1a7d", true],
    ["/consultaties/5b5e46f3%2D83f4", true],
    ["/trajecten", true],
    ["/trajecten/abc?pagina=3", true],
    ["/consultaties/abc/vragen", false],
    ["/zoeken?q=begeleiding", true],
    ["/zoeken?q=%22dagbesteding+jeugd%22&soort=verslag&pagina=2", true],
    ["/zoeken", true],
    ["/zoeken/iets", false],
    ["/zoeken?q=a&_rsc=1x2y", false],
    ["/beheer", false],
    ["/inloggen", false],
    ["/api/ready", false],
    ["/consultaties/abc?_rsc=1x2y", false],
    [`/consultaties?q=${"a".repeat(2100)}`, false],
  ])("%s → %s", (url, cacheable) => {
    expect(isCacheableRequest(request(url))).toBe(cacheable);
  });

  it.each([
    ["/", "pages"],
    ["/trajecten?pagina=2", "pages"],
    ["/zoeken?q=wmo", "searches"],
    ["/beheer/audit", null],
  ])("%s is kept among the %s", (url, pool) => {
    expect(cachePoolOf(request(url))).toBe(pool);
  });

  it("a search only for a visitor without a session", () => {
    expect(cachePoolOf(request("/zoeken?q=wmo", { cookie: "authjs.session-token=abc" }))).toBeNull();
  });

  it("only GET", () => {
    expect(isCacheableRequest(request("/", {}, "HEAD"))).toBe(false);
    expect(isCacheableRequest(request("/", {}, "POST"))).toBe(false);
  });

  it.each([
    ["authjs.session-token=abc", false],
    ["__Secure-authjs.session-token=abc", false],
    ["authjs.session-token.0=abc; authjs.session-token.1=def", false],
    ["voorkeur=1", false],
    ["authjs.csrf-token=abc; authjs.callback-url=%2F", true],
    ["__Host-authjs.csrf-token=abc; __Secure-authjs.callback-url=x", true],
    ["", true],
  ])("cookie %j → %s", (cookie, cacheable) => {
    expect(isCacheableRequest(request("/", { cookie }))).toBe(cacheable);
  });

  it.each(["rsc", "next-router-state-tree", "next-router-prefetch", "next-action"])(
    "not Next's client navigation (%s)",
    (header) => {
      expect(isCacheableRequest(request("/", { [header]: "1" }))).toBe(false);
    },
  );
});

describe("the configured lifetime", () => {
  it.each([
    [undefined, 5000],
    ["", 5000],
    ["2", 2000],
    ["0.5", 500],
    ["0", 0],
    ["-3", 0],
    ["nee", 0],
    ["100000", 300_000],
  ])("PAGE_CACHE_SECONDS=%j → %i ms", (setting, ms) => {
    expect(pageCacheTtlMs(setting)).toBe(ms);
  });
});

type Page = { status?: number; type?: string; cookie?: boolean; nonce?: boolean; delayMs?: number };

/** A stand-in for Next: a page with its nonce in the CSP, the Link header and the body, and a render count. */
function fakeNext(pages: Record<string, Page> = {}) {
  let renders = 0;
  let version = "een";
  const render = (req: IncomingMessage, res: ServerResponse) => {
    renders += 1;
    const page = pages[req.url ?? ""] ?? {};
    const nonce = Buffer.from(`nonce-${renders}-${Math.random()}`).toString("base64");
    const content = version;
    const send = () => {
      res.statusCode = page.status ?? 200;
      res.setHeader("Content-Type", page.type ?? "text/html; charset=utf-8");
      if (page.nonce !== false)
        res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
      res.setHeader("Link", `</a.css>; rel=preload; as="style"; nonce="${nonce}"`);
      res.setHeader("Vary", "rsc, Accept-Encoding");
      res.setHeader("X-Request-Id", "render-id");
      res.setHeader("X-Saw-Encoding", String(req.headers["accept-encoding"] ?? ""));
      if (page.cookie) res.setHeader("Set-Cookie", "a=b");
      res.write(`<html><script nonce="${nonce}">1</script>`);
      res.end(`<p>${content}</p></html>`);
    };
    if (page.delayMs) setTimeout(send, page.delayMs);
    else send();
  };
  return {
    render,
    renders: () => renders,
    change: (next: string) => void (version = next),
  };
}

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function serve(cache: PageCache, next: ReturnType<typeof fakeNext>) {
  server = createServer((req, res) => cache.handle(req, res, next.render));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}${path}`, { headers });
    return { response, body: await response.text() };
  };
}

/** The bytes as they travelled, without fetch's decompression. */
function rawGet(path: string, headers: Record<string, string>) {
  const { port } = server!.address() as AddressInfo;
  return new Promise<{ headers: IncomingMessage["headers"]; body: Buffer }>((resolve, reject) => {
    get({ host: "127.0.0.1", port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

/** A listening cache in front of a stand-in for Next, served on a port of its own. */
async function liveCache(
  pages: Record<string, Page> = {},
  options: Parameters<typeof createPageCache>[0] = { ttlMs: 60_000 },
) {
  const next = fakeNext(pages);
  const cache = createPageCache(options);
  cache.setLive(true);
  return { next, cache, get: await serve(cache, next) };
}

const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

describe("a kept page", () => {
  it("is served again with a nonce and request id of its own, and the same headers otherwise", async () => {
    const { next, get } = await liveCache();
    const first = await get("/");
    const second = await get("/", { "x-request-id": "proxy-id-12345" });
    expect(next.renders()).toBe(1);
    const [n1, n2] = [
      nonceOf(first.response.headers.get("content-security-policy")),
      nonceOf(second.response.headers.get("content-security-policy")),
    ];
    expect(n2).toBeTruthy();
    expect(n2).not.toBe(n1);
    expect(second.body).toBe(first.body.replaceAll(n1!, n2!));
    expect(second.body).not.toContain(n1);
    expect(second.response.headers.get("link")).toContain(`nonce="${n2}"`);
    expect(second.response.headers.get("vary")).toBe("rsc, Accept-Encoding");
    expect(second.response.headers.get("x-request-id")).toBe("proxy-id-12345");
    const third = await get("/", { "x-request-id": "<script>" });
    expect(third.response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("is compressed for a client that asks, while Next renders the plain page to keep", async () => {
    const { next, get } = await liveCache();
    const first = await get("/consultaties", { "accept-encoding": "gzip, br" });
    expect(first.response.headers.get("x-saw-encoding")).toBe("");
    const raw = await rawGet("/consultaties", { "accept-encoding": "gzip" });
    expect(raw.headers["content-encoding"]).toBe("gzip");
    expect(Number(raw.headers["content-length"])).toBe(raw.body.byteLength);
    expect(gunzipSync(raw.body).toString("utf8")).toContain("<p>een</p>");
    expect(next.renders()).toBe(1);
  });

  it("is never kept for a signed-in visitor, and never answers one", async () => {
    const { next, get } = await liveCache();
    await get("/", { cookie: "authjs.session-token=abc" });
    await get("/");
    await get("/", { cookie: "authjs.session-token=abc" });
    // The anonymous request was kept, but neither signed-in request was answered from it.
    expect(next.renders()).toBe(3);
  });

  it.each<[string, Page]>([
    ["an error page", { status: 404 }],
    ["a page that sets a cookie", { cookie: true }],
    ["something other than HTML", { type: "application/json" }],
    ["a page without a nonce", { nonce: false }],
  ])("is not kept when it is %s", async (_, page) => {
    const { next, get } = await liveCache({ "/trajecten": page });
    await get("/trajecten");
    await get("/trajecten");
    expect(next.renders()).toBe(2);
  });

  it("is kept only while the change feed listens", async () => {
    const next = fakeNext();
    const cache = createPageCache({ ttlMs: 60_000 });
    const get = await serve(cache, next);
    await get("/");
    await get("/");
    expect(next.renders()).toBe(2);
    cache.setLive(true);
    await get("/");
    await get("/");
    expect(next.renders()).toBe(3);
    cache.setLive(false);
    await get("/");
    expect(next.renders()).toBe(4);
  });

  it("is forgotten when the data changes, also while it was being rendered", async () => {
    const { next, cache, get } = await liveCache({ "/trajecten/x": { delayMs: 50 } });
    expect((await get("/")).body).toContain("een");
    next.change("twee");
    cache.invalidate();
    expect((await get("/")).body).toContain("twee");
    expect(next.renders()).toBe(2);

    // A change that commits while a page renders may not be in it: that page is not kept.
    const slow = get("/trajecten/x");
    await new Promise((resolve) => setTimeout(resolve, 10));
    cache.invalidate();
    await slow;
    await get("/trajecten/x");
    expect(next.renders()).toBe(4);
  });

  it("after its lifetime is rendered anew by one request while the others still get it", async () => {
    let clock = 0;
    const { next, get } = await liveCache({ "/consultaties/a": { delayMs: 100 } }, { ttlMs: 1000, now: () => clock });
    await get("/consultaties/a");
    next.change("nieuw");
    clock = 1500;
    const refreshing = get("/consultaties/a");
    await new Promise((resolve) => setTimeout(resolve, 20));
    const meanwhile = await get("/consultaties/a");
    expect(meanwhile.body).toContain("een");
    expect((await refreshing).body).toContain("nieuw");
    expect((await get("/consultaties/a")).body).toContain("nieuw");
    expect(next.renders()).toBe(2);
  });

  it("keeps at most the configured number of pages, the least recently used going first", async () => {
    const { next, cache, get } = await liveCache({}, { ttlMs: 60_000, maxEntries: 2 });
    await get("/");
    await get("/consultaties");
    await get("/"); // hit: now the most recently used
    await get("/trajecten"); // pushes /consultaties out
    expect(cache.size).toBe(2);
    await get("/");
    expect(next.renders()).toBe(3);
    await get("/consultaties");
    expect(next.renders()).toBe(4);
  });

  it("keeps searches in a pool of their own: many questions never push the pages out", async () => {
    const { next, cache, get } = await liveCache({}, { ttlMs: 60_000, maxEntries: 2, maxSearchEntries: 2 });
    await get("/");
    await get("/consultaties");
    for (const q of ["wmo", "jeugd", "dagbesteding", "begeleiding"]) await get(`/zoeken?q=${q}`);
    expect(cache.size).toBe(4);
    expect(next.renders()).toBe(6);
    await get("/");
    await get("/consultaties");
    await get("/zoeken?q=begeleiding");
    expect(next.renders()).toBe(6);
    await get("/zoeken?q=wmo"); // the oldest question went first
    expect(next.renders()).toBe(7);
  });

  it("gives up searches before pages when its bytes run out", async () => {
    // Each page of the stand-in is 80–95 bytes: two fit in 200, three do not.
    const { next, cache, get } = await liveCache({}, { ttlMs: 60_000, maxBytes: 200 });
    await get("/");
    await get("/zoeken?q=wmo");
    await get("/zoeken?q=jeugd"); // a search goes, though the page is the least recently used
    expect(cache.size).toBe(2);
    await get("/");
    await get("/zoeken?q=jeugd");
    expect(next.renders()).toBe(3);
    await get("/zoeken?q=wmo");
    expect(next.renders()).toBe(4);
  });

  it("is off with a lifetime of 0", async () => {
    const { next, get } = await liveCache({}, { ttlMs: 0 });
    await get("/");
    await get("/");
    expect(next.renders()).toBe(2);
  });
});
