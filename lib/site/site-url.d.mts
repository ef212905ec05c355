export function defaultSiteUrl(port: string | number | undefined): string;
export function siteUrlProblem(value: string): string | null;
export function siteOriginOf(source: Record<string, string | undefined>): string;
