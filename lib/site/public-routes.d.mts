interface RouteCondition {
  type: "cookie";
  key: string;
  value: string;
}

export declare const ELDER_COOKIE: "elder";
export declare function hasElderCookie(cookieHeader: string | undefined): boolean;
export declare const STATIC_PAGE_SLUGS: readonly string[];
export declare const PUBLIC_PAGE_SOURCES: readonly string[];
export declare function modeRewrites(): {
  source: string;
  destination: string;
  has?: RouteCondition[];
  missing?: RouteCondition[];
}[];
export declare function modeRedirects(): { source: string; destination: string; permanent: boolean }[];
