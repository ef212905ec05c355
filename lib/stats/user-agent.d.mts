export interface AgentClass {
  browser: string;
  browserVersion: string;
  os: string;
  osVersion: string;
  device: "desktop" | "mobile" | "tablet" | "other";
  bot: boolean;
}

export declare const UNKNOWN: string;
export declare function classifyUserAgent(userAgent: string): AgentClass;
