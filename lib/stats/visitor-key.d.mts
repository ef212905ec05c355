export declare function chinaDayNumber(ms: number): number;
export declare function visitorKey(salt: Buffer, ip: string, userAgent: string): string;
export declare function createDailySalt(options?: { now?: () => number; random?: () => Buffer }): () => Buffer;
