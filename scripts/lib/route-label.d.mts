export const OTHER_ROUTE: "other";
export function labelOfSource(source: string): string;
export function appRoutes(appDir: string): string[];
export function createRouteLabeler(options?: { appDir?: string; publicDir?: string; extra?: string[] }): (url?: string) => string;
