import type { BlockList } from "node:net";
import type { IncomingMessage } from "node:http";

export const CLIENT_ADDRESS_HEADER: string;
export const EDGE_TOKEN_HEADER: string;
export function normalizeAddress(value: unknown): string;
export function parseTrustedProxies(value: string | undefined): BlockList | null;
export function resolveClientAddress(req: IncomingMessage, trusted: BlockList | null): string;
export function stampClientAddress(req: IncomingMessage, trusted: BlockList | null, token: string): string;
