export function decodeCommandData(data: string): string;
export function forTerminal(chunk: string): string;
