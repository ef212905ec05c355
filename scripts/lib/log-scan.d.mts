export function personalDataIn(line: string, known?: readonly string[]): string[];
export function findPersonalData(text: string, known?: readonly string[]): { line: number; kinds: string[] }[];
