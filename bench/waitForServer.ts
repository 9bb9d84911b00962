// Waits until the preview server the benchmarks start answers at `url` (ten seconds at most).
export async function waitForServer(url: string): Promise<void> {
  for (let k = 0; k < 100; k++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the preview server did not start at ${url}`);
}
