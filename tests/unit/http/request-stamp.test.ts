import { describe, expect, it } from "vitest";
import { parseTrustedProxies } from "@/lib/http/trusted-proxies";
import { randomPeerHeaderName, stampRequest, trustsNobody } from "@/scripts/request-stamp.mjs";

const request = (headers: Record<string, string>, remoteAddress?: string) => ({
  headers: { ...headers } as Record<string, string | undefined>,
  socket: { remoteAddress },
});

describe("stampRequest", () => {
  const forged = {
    "x-forwarded-for": "203.0.113.66",
    "x-forwarded-host": "evil.example",
    "x-forwarded-proto": "https",
    forwarded: "for=203.0.113.68",
    "x-real-ip": "203.0.113.67",
    host: "127.0.0.1:3000",
  };

  it("replaces whatever a client sent under the peer header with the socket address", () => {
    const req = request({ ...forged, "x-peer-abc": "203.0.113.99" }, "::ffff:192.0.2.10");
    stampRequest(req, { peerHeader: "x-peer-abc", trustNobody: false });
    expect(req.headers["x-peer-abc"]).toBe("::ffff:192.0.2.10");
    expect(req.headers["x-forwarded-for"]).toBe("203.0.113.66");
  });

  it("without trusted proxies removes every forwarding header and keeps the rest", () => {
    const req = request(forged, "192.0.2.10");
    stampRequest(req, { peerHeader: "x-peer-abc", trustNobody: true });
    expect(req.headers).toEqual({ host: "127.0.0.1:3000", "x-peer-abc": "192.0.2.10" });
  });

  it("draws a different header name in every process", () => {
    expect(randomPeerHeaderName()).toMatch(/^x-peer-[0-9a-f]{32}$/);
    expect(randomPeerHeaderName()).not.toBe(randomPeerHeaderName());
  });

  it.each(["", " ", "0", undefined, "1", "10.0.0.0/8"])("reads %j as the app does", (setting) => {
    expect(trustsNobody(setting)).toBe(parseTrustedProxies(setting).kind === "none");
  });
});
