import type { LanguageDetectorModule } from 'i18next';

/** Where the member's language choice is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'carta.language';

// "es-MX" would otherwise become the app's language as is: <html lang="es-MX"> and a stored choice
// that no longer matches the radio buttons. Carta speaks one Spanish and one English.
function primaryLanguage(tag: string): string {
  return tag.split(/[-_]/)[0]?.toLowerCase() ?? tag;
}

function storedChoice(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // Storage blocked: the browser's languages still decide.
    return null;
  }
}

/**
 * The member's stored choice, then the browser's languages in its order of preference; i18next
 * takes the first Carta speaks and remembers it. Small enough to be on the first load, where
 * i18next-browser-languagedetector's dozen other sources weighed three kilobytes.
 */
export const languageDetector: LanguageDetectorModule = {
  type: 'languageDetector',
  init() {},
  detect() {
    const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
    return [storedChoice(), ...browser]
      .filter((tag): tag is string => Boolean(tag))
      .map(primaryLanguage);
  },
  cacheUserLanguage(language) {
    try {
      // i18next calls this on every start; a write the phone does not need costs a start time.
      if (localStorage.getItem(LANGUAGE_STORAGE_KEY) === language) return;
      localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Not remembered: the next visit detects again.
    }
  },
};
