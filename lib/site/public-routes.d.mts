interface RouteCondition {
  type: "cookie";
  key: string;
  value?: string;
}

export declare const ELDER_COOKIE: "elder";
export declare const SESSION_COOKIE: "portal.session";
export declare const PAGE_VARIANTS: readonly {
  segment: string;
  mode: "std" | "elder";
  signedIn: boolean;
  has: RouteCondition[];
  missing: RouteCondition[];
}[];
export declare const STATIC_PAGE_SLUGS: readonly string[];
export declare const PUBLIC_PAGE_SOURCES: readonly string[];
export declare const QUERY_PAGES: readonly string[];
export declare const SERVICE_THEME_SLUGS: readonly string[];
export declare const NOT_FOUND_SEGMENT: string;
export declare function modeRewrites(): {
  source: string;
  destination: string;
  has?: RouteCondition[];
  missing?: RouteCondition[];
}[];
export declare function notFoundRewrites(): {
  source: string;
  destination: string;
  has?: RouteCondition[];
  missing?: RouteCondition[];
}[];
export declare function modeRedirects(): { source: string; destination: string; permanent: boolean }[];
