import type { IncomingMessage } from "node:http";

export function isMultipart(req: IncomingMessage): boolean;
export function checkedFormBody(req: IncomingMessage, maxBytes: number): Promise<{ req: IncomingMessage } | { status: 400 | 413 }>;
