import type { DestinationStream, Logger } from "pino";

export const LOG_LEVELS: readonly string[];
export const REDACTED_KEYS: readonly string[];
export const REDACT_PATHS: readonly string[];
export function loggedPath(url?: string): string;
export function createLogger(options?: { level?: string; destination?: DestinationStream }): Logger;
export const logger: Logger;
