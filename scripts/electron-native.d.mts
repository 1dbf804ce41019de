export const root: string;
export function electronBinary(): string | null;
export function electronVersion(): string;
export function electronNativeBinding(version?: string): string | null;
