import type { IncomingHttpHeaders } from "node:http";

export interface PageVariant {
  segment: string;
  mode: "std" | "elder";
  signedIn: boolean;
}

export declare function pageVariant(headers: IncomingHttpHeaders): PageVariant;
export declare function hasElderCookie(headers: IncomingHttpHeaders): boolean;
