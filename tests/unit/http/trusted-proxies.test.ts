import { afterEach, describe, expect, it, vi } from "vitest";
import { clientAddress, requestHost } from "@/lib/http/client-address";
import { PEER_HEADER_KEY } from "@/lib/http/peer-address";
import { auditOrigin, isSameOrigin } from "@/lib/http/request-origin";
import { parseAddress, parseTrustedProxies, resolveClientAddress } from "@/lib/http/trusted-proxies";

const PEER = "x-peer-test-name";
const g = globalThis as Record<symbol, unknown>;

describe("parseTrustedProxies", () => {
  it.each([undefined, "", "  ", "0"])("%j trusts nobody", (setting) => {
    expect(parseTrustedProxies(setting)).toEqual({ kind: "none" });
  });

  it("reads a whole number as a count of hops", () => {
    expect(parseTrustedProxies("2")).toEqual({ kind: "hops", hops: 2 });
    expect(parseTrustedProxies(" 1 ")).toEqual({ kind: "hops", hops: 1 });
  });

  it("reads addresses, ranges and names separated by commas or spaces", () => {
    const trust = parseTrustedProxies("10.0.0.1, 192.168.0.0/16 2001:db8::/32,loopback");
    expect(trust.kind).toBe("list");
    if (trust.kind !== "list") return;
    // loopback stands for one IPv4 and one IPv6 range.
    expect(trust.ranges.map(([a, bits]) => `${a.toString()}/${bits}`)).toEqual([
      "10.0.0.1/32",
      "192.168.0.0/16",
      "2001:db8::/32",
      "127.0.0.0/8",
      "::1/128",
    ]);
  });

  it("names every entry it cannot read", () => {
    expect(() => parseTrustedProxies("10.0.0.1, 10.0.0.0/33, proxy.intern, 1.2.3, ::1/129")).toThrow(
      /"10.0.0.0\/33", "proxy.intern", "1.2.3", "::1\/129"/,
    );
    expect(() => parseTrustedProxies("-1")).toThrow(/"-1"/);
    expect(() => parseTrustedProxies("10.0.0.1/")).toThrow(/"10.0.0.1\/"/);
  });
});

describe("parseAddress", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    [" 203.0.113.7 ", "203.0.113.7"],
    ["203.0.113.7:51234", "203.0.113.7"],
    ["::ffff:198.51.100.2", "198.51.100.2"],
    ["2001:DB8:0:0::1", "2001:db8::1"],
    ["[2001:db8::1]:443", "2001:db8::1"],
    ["fe80::1%eth0", "fe80::1"],
  ])("%j is %j", (text, expected) => {
    expect(parseAddress(text)?.toString()).toBe(expected);
  });

  it.each(["", "onbekend", "0x7f.1", "2130706433", "1.2.3.256", "<script>", "::g"])("%j is no address", (text) => {
    expect(parseAddress(text)).toBeNull();
  });
});

describe("resolveClientAddress", () => {
  const none = parseTrustedProxies("");
  const oneHop = parseTrustedProxies("1");
  const twoHops = parseTrustedProxies("2");
  const list = parseTrustedProxies("10.0.0.0/8, 2001:db8:1::/48");

  it("without trusted proxies is the socket peer, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("198.51.100.9", "203.0.113.7", none)).toBe("198.51.100.9");
    expect(resolveClientAddress("::ffff:127.0.0.1", "1.1.1.1, 2.2.2.2", none)).toBe("127.0.0.1");
  });

  it("is unknown without a socket peer, so a forged header never fills the gap", () => {
    expect(resolveClientAddress(null, "203.0.113.7", oneHop)).toBeNull();
    expect(resolveClientAddress("not-an-ip", "203.0.113.7", list)).toBeNull();
  });

  it("counting hops, believes exactly as many entries from the right as there are trusted proxies", () => {
    // The client forged "6.6.6.6"; the one proxy appended the address it saw.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 203.0.113.7", oneHop)).toBe("203.0.113.7");
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 203.0.113.7, 10.0.0.3", twoHops)).toBe("203.0.113.7");
    expect(resolveClientAddress("10.0.0.2", "203.0.113.7", twoHops)).toBe("203.0.113.7");
    expect(resolveClientAddress("10.0.0.2", null, oneHop)).toBe("10.0.0.2");
  });

  it("with a list, walks left while the hop is a listed proxy", () => {
    expect(resolveClientAddress("10.1.2.3", "6.6.6.6, 203.0.113.7, 10.9.9.9", list)).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:10.1.2.3", "203.0.113.7", list)).toBe("203.0.113.7");
    expect(resolveClientAddress("2001:db8:1::5", "2001:db8:2::7", list)).toBe("2001:db8:2::7");
    expect(resolveClientAddress("2001:db8:1::5", "[2001:db8:2::7]:5000", list)).toBe("2001:db8:2::7");
  });

  it("with a list, ignores X-Forwarded-For from a peer that is not listed", () => {
    expect(resolveClientAddress("198.51.100.9", "10.0.0.1, 203.0.113.7", list)).toBe("198.51.100.9");
    expect(resolveClientAddress("2001:db8:2::1", "203.0.113.7", list)).toBe("2001:db8:2::1");
  });

  it("stops at the hop that reported an entry that is not an address", () => {
    expect(resolveClientAddress("10.0.0.2", "203.0.113.7, evil", oneHop)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "", oneHop)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "10.0.0.3, ", list)).toBe("10.0.0.2");
  });

  it("when every hop is trusted, is the leftmost", () => {
    expect(resolveClientAddress("10.0.0.2", "10.0.0.4, 10.0.0.3", list)).toBe("10.0.0.4");
  });
});

describe("clientAddress, requestHost and isSameOrigin on request headers", () => {
  afterEach(() => {
    delete g[PEER_HEADER_KEY];
    vi.unstubAllEnvs();
  });
  const headers = (h: Record<string, string>) => new Headers(h);

  it("is the socket peer the server stamped, not a forged X-Forwarded-For or X-Real-IP", () => {
    g[PEER_HEADER_KEY] = PEER;
    vi.stubEnv("TRUSTED_PROXIES", "");
    const forged = { [PEER]: "127.0.0.1", "x-forwarded-for": "203.0.113.66", "x-real-ip": "203.0.113.67" };
    expect(clientAddress(headers(forged))).toBe("127.0.0.1");
    expect(auditOrigin(headers({ ...forged, "user-agent": "Test" }))).toBe("web:127.0.0.1 (Test)");
  });

  it("believes X-Forwarded-For from a trusted proxy", () => {
    g[PEER_HEADER_KEY] = PEER;
    vi.stubEnv("TRUSTED_PROXIES", "127.0.0.1");
    expect(clientAddress(headers({ [PEER]: "127.0.0.1", "x-forwarded-for": "6.6.6.6, 203.0.113.7" }))).toBe(
      "203.0.113.7",
    );
  });

  it("is unknown when the app runs without the server that stamps the peer", () => {
    vi.stubEnv("TRUSTED_PROXIES", "1");
    expect(clientAddress(headers({ [PEER]: "127.0.0.1", "x-forwarded-for": "203.0.113.7" }))).toBe("onbekend");
  });

  it("takes X-Forwarded-Host only from a trusted proxy", () => {
    g[PEER_HEADER_KEY] = PEER;
    const forwarded = { [PEER]: "10.0.0.2", host: "intern:3000", "x-forwarded-host": "portaal.example" };
    vi.stubEnv("TRUSTED_PROXIES", "");
    expect(requestHost(headers(forwarded))).toBe("intern:3000");
    vi.stubEnv("TRUSTED_PROXIES", "10.0.0.0/8");
    expect(requestHost(headers(forwarded))).toBe("portaal.example");
    expect(requestHost(headers({ ...forwarded, [PEER]: "198.51.100.1" }))).toBe("intern:3000");
  });

  it("isSameOrigin accepts the configured site, the Host, and a forwarded host only from a trusted proxy", () => {
    g[PEER_HEADER_KEY] = PEER;
    vi.stubEnv("SITE_URL", "");
    vi.stubEnv("AUTH_URL", "");
    vi.stubEnv("TRUSTED_PROXIES", "");
    const req = (h: Record<string, string>) => new Request("http://intern:3000/x", { method: "POST", headers: h });
    const viaProxy = { [PEER]: "10.0.0.2", host: "intern:3000", "x-forwarded-host": "portaal.example" };
    expect(isSameOrigin(req({ ...viaProxy, origin: "https://portaal.example" }))).toBe(false);
    vi.stubEnv("TRUSTED_PROXIES", "1");
    expect(isSameOrigin(req({ ...viaProxy, origin: "https://portaal.example" }))).toBe(true);
    vi.stubEnv("TRUSTED_PROXIES", "");
    vi.stubEnv("SITE_URL", "https://portaal.example/");
    expect(isSameOrigin(req({ host: "intern:3000", origin: "https://portaal.example" }))).toBe(true);
    expect(isSameOrigin(req({ host: "intern:3000", origin: "https://evil.example" }))).toBe(false);
  });
});
