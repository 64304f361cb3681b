// Builds the engine harness with Vite: a browser page in bench/.harness/web (with the tfjs
// .wasm files copied next to it, as the site serves them from its own origin) and a Node
// module in bench/.harness/node for the cpu/wasm rows. Used by tests/e2e/engine.test.ts and bench/run.mjs.
import { build } from 'vite';
import { cp, mkdir, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = join(here, '..', '.harness');

export async function buildHarness() {
  await build({ root: here, base: './', logLevel: 'warn', build: { outDir: join(out, 'web'), emptyOutDir: true, target: 'es2022' } });
  await build({
    root: here,
    logLevel: 'warn',
    // Bundle tfjs too: its ESM files import extension-less paths that Node's loader rejects.
    ssr: { noExternal: [/@tensorflow\//] },
    build: {
      ssr: join(here, 'engine-case.ts'),
      outDir: join(out, 'node'),
      emptyOutDir: true,
      target: 'node20',
      // CommonJS, because the bundled tfjs Node code calls require()
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' } },
    },
  });
  const wasmDir = join(here, '..', '..', 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist');
  await mkdir(join(out, 'web', 'tfjs-wasm'), { recursive: true });
  for (const file of await readdir(wasmDir)) {
    if (file.endsWith('.wasm')) await cp(join(wasmDir, file), join(out, 'web', 'tfjs-wasm', file));
  }
  return { web: join(out, 'web'), node: join(out, 'node', 'engine-case.cjs') };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await buildHarness());
