export declare function isPublicPage(pathname: string): boolean;
