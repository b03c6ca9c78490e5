/**
 * Where a browser test saves a picture for people to look at. The README's pictures in
 * docs/screenshots change only when asked (`UPDATE_SCREENSHOTS=1 npm run test:browser`), so a
 * test run never leaves the checkout modified.
 */
export function screenshotPath(fileName: string): string {
  return process.env.UPDATE_SCREENSHOTS === '1'
    ? `docs/screenshots/${fileName}`
    : `test-results/screenshots/${fileName}`;
}
