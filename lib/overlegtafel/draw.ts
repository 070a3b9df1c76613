/**
 * The draw among equal candidates: candidates are ordered by the 53-bit cyrb53 hash of
 * "<seed>:<providerId>", written as 14 hexadecimal digits (lowest first; equal keys by provider id).
 * The hash is public, has no secret and takes a dozen lines in any language, so anyone with the
 * recorded seed can repeat the draw; the same seed always gives the same order. It is not a
 * cryptographic hash: the seed is fixed and recorded before the draw, so nobody can steer it.
 */
export function drawKey(seed: string, providerId: string): string {
  return hex53(cyrb53(`${seed}:${providerId}`));
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** 14 hex digits of a 53-bit number, byte by byte (Number#toString(16) is slow on large tables). */
function hex53(n: number): string {
  const hi = Math.floor(n / 4294967296);
  const lo = n >>> 0;
  return (
    HEX[(hi >>> 16) & 255]! +
    HEX[(hi >>> 8) & 255]! +
    HEX[hi & 255]! +
    HEX[lo >>> 24]! +
    HEX[(lo >>> 16) & 255]! +
    HEX[(lo >>> 8) & 255]! +
    HEX[lo & 255]!
  );
}

/** cyrb53 (bryc, public domain): two 32-bit multiply-xorshift lanes combined into 53 bits. */
export function cyrb53(text: string, salt = 0): number {
  let h1 = 0xdeadbeef ^ salt;
  let h2 = 0x41c6ce57 ^ salt;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
