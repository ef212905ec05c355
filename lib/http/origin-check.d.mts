import type { IncomingMessage } from "node:http";

export declare const FOREIGN_ORIGIN_MESSAGE: string;
export declare function isOwnOrigin(origin: string | null | undefined, siteOrigin: string, host: string | null | undefined): boolean;
export declare function isForeignOriginPost(req: IncomingMessage, siteOrigin: string): boolean;
