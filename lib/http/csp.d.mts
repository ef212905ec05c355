export declare const STRICT_CSP_PREFIXES: readonly string[];
export declare function isStrictCspPath(pathname: string): boolean;
export declare function nonStrictSource(): string;
export declare const PUBLIC_CSP: string;
export declare function strictCsp(nonce: string, options?: { development?: boolean }): string;
