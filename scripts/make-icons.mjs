// Renders the app icons from their SVG sources with the same Chromium the browser tests use.
// The PNGs are committed; run `node scripts/make-icons.mjs` after editing an SVG.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const iconsDir = fileURLToPath(new URL('../public/icons/', import.meta.url));
const renders = [
  { source: 'icon.svg', output: 'icon-192.png', size: 192 },
  { source: 'icon.svg', output: 'icon-512.png', size: 512 },
  { source: 'icon-maskable.svg', output: 'icon-maskable-512.png', size: 512 },
];

const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  .filter(Boolean)
  .find((candidate) => existsSync(candidate));

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { source, output, size } of renders) {
    const svg = await readFile(iconsDir + source, 'base64');
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<body style="margin:0"><img alt="" width="${size}" height="${size}" ` +
        `src="data:image/svg+xml;base64,${svg}"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    // Transparent outside the rounded square; the maskable icon is opaque edge to edge anyway.
    await page.screenshot({ path: iconsDir + output, omitBackground: true });
    console.log(`${output} (${size}×${size}) from ${source}`);
  }
} finally {
  await browser.close();
}
