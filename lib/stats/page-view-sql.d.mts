export declare const COLUMNS: readonly string[];
export declare const SQLITE_INSERT: string;
export declare const POSTGRES_INSERT: string;
