// Launches Debian's Chromium through playwright-core with the flags this machine needs:
// no sandbox (root in CI), no background networking (the network is closed), and
// SwiftShader so WebGL and WebGPU exist without a GPU.
import { chromium, type Browser } from 'playwright-core';
import { chromiumPathOrThrow } from '../../src/cli/find-chromium.mjs';

/** The same browser `npm test` found or installed first (src/cli/ensure-chromium.mjs). */
export const chromiumPath: string = chromiumPathOrThrow();

const baseArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export const chromiumArgs = [
  ...baseArgs,
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--enable-unsafe-webgpu',
  '--enable-features=Vulkan',
  '--use-vulkan=swiftshader',
  '--use-webgpu-adapter=swiftshader',
];

/**
 * SwiftShader also rasterises the page in software, which makes every animation frame of an
 * SVG-heavy page take 100-300 ms here. Tests that need no WebGL/WebGPU pass `{ gpu: false }`
 * to get Chromium's fast CPU raster instead (what a real browser's GPU raster is closer to).
 */
export function launchChromium(options: { gpu?: boolean } = {}): Promise<Browser> {
  const args = options.gpu === false ? [...baseArgs, '--disable-gpu'] : chromiumArgs;
  return chromium.launch({ executablePath: chromiumPath, args, headless: true });
}
