/**
 * Puts text on the clipboard; false when the browser refuses (no secure context, no permission,
 * an old WebView), so the caller can show the text for the member to copy by hand.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  if (!navigator.clipboard?.writeText) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
