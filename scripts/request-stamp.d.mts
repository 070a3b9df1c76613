export declare const FORWARDING_HEADERS: readonly string[];
export declare function randomPeerHeaderName(): string;
export declare function trustsNobody(setting: string | undefined): boolean;
export declare function stampRequest(
  req: { headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string } },
  options: { peerHeader: string; trustNobody: boolean },
): void;
