export async function runMcp(): Promise<number> { return 0; }
