// Probe (not part of the suite): after reading past a size cap, does the server see the streamed
// body abandoned when the reader is cancelled, or only when the fetch is aborted too?
//   npx wtr --config web-test-runner.webkit.config.mjs --files scripts/engines/probes/cancel.test.ts
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const count = async (key: string) =>
  (await (await fetch(`/faults/count?key=${key}`, { cache: 'no-store' })).json()) as { count: number; aborted: number; finished: number };

async function trial(how: 'cancel' | 'abort' | 'both', cap = 1_048_576, total = 20 * 1024 * 1024) {
  const key = `probe-cancel-${how}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const controller = new AbortController();
  const response = await fetch(`/faults/big?key=${key}&bytes=${total}&chunked=1`, { signal: controller.signal });
  const reader = response.body!.getReader();
  let size = 0;
  while (size <= cap) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
  }
  const t0 = performance.now();
  if (how !== 'abort') reader.cancel().catch(() => {});
  if (how !== 'cancel') controller.abort();
  let seen = -1;
  while (performance.now() - t0 < 3000) {
    if ((await count(key)).aborted > 0) {
      seen = Math.round(performance.now() - t0);
      break;
    }
    await sleep(10);
  }
  return `${how}: read ${size} bytes, server saw the abandon after ${seen < 0 ? 'never (3 s)' : `${seen} ms`} ${JSON.stringify(await count(key))}`;
}

describe('probe: cancel a capped stream', () => {
  it('reports', async function () {
    this.timeout(60000);
    const rows: string[] = [];
    for (let i = 0; i < 3; i++) for (const how of ['cancel', 'abort', 'both'] as const) {
      rows.push(await trial(how), `  (200 MiB) ${await trial(how, 1_048_576, 200 * 1024 * 1024)}`);
    }
    console.log(rows.join('\n'));
  });
});
