import ipaddr from "ipaddr.js";

type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number];

/**
 * Which hops in front of the portal may speak for the client: none (the socket peer is the client),
 * the nearest `hops` proxies, or proxies whose address lies in one of the listed ranges.
 */
export type TrustedProxies = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; ranges: Cidr[] };

/** Names for the usual ranges, so `loopback, private` reads as what an operator means. */
const NAMED_RANGES: Record<string, string[]> = {
  loopback: ["127.0.0.0/8", "::1/128"],
  private: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
  linklocal: ["169.254.0.0/16", "fe80::/10"],
};

/**
 * An address in canonical form, or null when the text is not one. Legacy IPv4 forms such as `0x7f.1` or a
 * bare number are refused, a port (`1.2.3.4:80`, `[::1]:80`) is dropped and an IPv4-mapped IPv6 address
 * becomes the IPv4 address it carries, so one client has one spelling.
 */
export function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  let value = text.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1] ?? "";
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  // A zone (`fe80::1%eth0`) names an interface of the sender, not part of the address.
  value = value.replace(/%.*$/, "");
  if (ipaddr.IPv4.isValidFourPartDecimal(value)) return ipaddr.IPv4.parse(value);
  if (!ipaddr.IPv6.isValid(value)) return null;
  const v6 = ipaddr.IPv6.parse(value);
  return v6.isIPv4MappedAddress() ? v6.toIPv4Address() : v6;
}

function parseRange(entry: string): Cidr[] | null {
  const named = NAMED_RANGES[entry.toLowerCase()];
  if (named) return named.map((r) => ipaddr.parseCIDR(r));
  const slash = entry.indexOf("/");
  const address = parseAddress(slash < 0 ? entry : entry.slice(0, slash));
  if (!address) return null;
  const max = address.kind() === "ipv4" ? 32 : 128;
  const bitsText = slash < 0 ? String(max) : entry.slice(slash + 1);
  if (!/^\d{1,3}$/.test(bitsText)) return null;
  const bits = Number(bitsText);
  return bits <= max ? [[address, bits]] : null;
}

/**
 * Reads `TRUSTED_PROXIES`: empty or `0` trusts nobody, a whole number is a count of hops, anything else a
 * list of addresses, ranges (CIDR) or the names `loopback`, `private`, `linklocal`, separated by commas or
 * spaces. A setting that cannot be read is an error naming every bad entry: guessing would either trust a
 * forged header or lose the real client.
 */
export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  const text = (setting ?? "").trim();
  if (text === "" || text === "0") return { kind: "none" };
  if (/^\d+$/.test(text)) return { kind: "hops", hops: Number(text) };
  const entries = text.split(/[\s,]+/).filter(Boolean);
  const ranges: Cidr[] = [];
  const bad: string[] = [];
  for (const entry of entries) {
    const parsed = parseRange(entry);
    if (parsed) ranges.push(...parsed);
    else bad.push(entry);
  }
  if (bad.length > 0) {
    throw new Error(
      `TRUSTED_PROXIES is niet te lezen: ${bad.map((b) => `"${b}"`).join(", ")} ` +
        "(verwacht een aantal hops of een lijst van adressen en CIDR-reeksen)",
    );
  }
  return { kind: "list", ranges };
}

function inRanges(address: ipaddr.IPv4 | ipaddr.IPv6, ranges: Cidr[]): boolean {
  return ranges.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits));
}

/** Whether the hop at `depth` (0 = the socket peer) is a proxy allowed to report the address before it. */
export function isTrustedHop(trust: TrustedProxies, address: ipaddr.IPv4 | ipaddr.IPv6, depth: number): boolean {
  if (trust.kind === "none") return false;
  if (trust.kind === "hops") return depth < trust.hops;
  return inRanges(address, trust.ranges);
}

/**
 * The client's address: walk from the socket peer towards the start of `X-Forwarded-For` while the hop
 * is trusted; the first untrusted one is the client. Entries further left were written by whoever sent
 * the request and are never believed. An entry that is not an address stops the walk at the hop that
 * reported it, as does a chain shorter than the trust reaches.
 */
export function resolveClientAddress(peer: string | null, forwardedFor: string | null, trust: TrustedProxies) {
  const socket = peer === null ? null : parseAddress(peer);
  if (!socket) return null;
  const chain = trust.kind === "none" ? [] : (forwardedFor ?? "").split(",").map((e) => e.trim());
  let current = socket;
  for (let depth = 0; isTrustedHop(trust, current, depth); depth++) {
    const entry = chain.pop();
    const next = entry === undefined ? null : parseAddress(entry);
    if (!next) break;
    current = next;
  }
  return current.toString();
}
