import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/domain/language';

const localesDir = join(dirname(fileURLToPath(import.meta.url)), '../../locales');
const PLURAL_SUFFIXES = ['_zero', '_one', '_two', '_few', '_many', '_other'] as const;

type Strings = Map<string, string>;

function flatten(value: unknown, prefix = '', into: Strings = new Map()): Strings {
  if (typeof value === 'string') {
    into.set(prefix, value);
  } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, into);
    }
  } else {
    throw new Error(`${prefix}: translations must be strings or objects of strings`);
  }
  return into;
}

function namespacesOf(language: string): string[] {
  return readdirSync(join(localesDir, language))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''))
    .sort();
}

function readNamespace(language: string, namespace: string): Strings {
  return flatten(JSON.parse(readFileSync(join(localesDir, language, `${namespace}.json`), 'utf8')));
}

function pluralBase(key: string): string | null {
  const suffix = PLURAL_SUFFIXES.find((s) => key.endsWith(s));
  return suffix ? key.slice(0, -suffix.length) : null;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();
}

const namespaces = namespacesOf('en');

describe('translations', () => {
  it('have the same namespaces in every language', () => {
    for (const language of LANGUAGES) expect(namespacesOf(language)).toEqual(namespaces);
  });

  describe.each(namespaces)('namespace %s', (namespace) => {
    const en = readNamespace('en', namespace);
    const es = readNamespace('es', namespace);

    it('has every English key in Spanish and no Spanish key missing from English', () => {
      const missingInSpanish = [...en.keys()].filter((key) => !es.has(key));
      // Spanish may add `_many` (CLDR uses it for round millions) where English has _one/_other.
      const extraInSpanish = [...es.keys()].filter(
        (key) => !en.has(key) && !(key.endsWith('_many') && en.has(`${pluralBase(key)}_other`)),
      );
      expect(missingInSpanish).toEqual([]);
      expect(extraInSpanish).toEqual([]);
    });

    it.each(LANGUAGES)('pairs every plural _one with an _other in %s', (language) => {
      const strings = language === 'en' ? en : es;
      const unpaired = [...strings.keys()].filter((key) => {
        const base = pluralBase(key);
        return base !== null && !(strings.has(`${base}_one`) && strings.has(`${base}_other`));
      });
      expect(unpaired).toEqual([]);
    });

    it('uses the same placeholders in both languages', () => {
      const mismatched = [...en.entries()]
        .filter(([key, text]) => {
          const spanish = es.get(key);
          return (
            spanish !== undefined && placeholders(spanish).join() !== placeholders(text).join()
          );
        })
        .map(([key]) => key);
      expect(mismatched).toEqual([]);
    });

    it('has no empty strings', () => {
      const empty = [...en, ...es].filter(([, text]) => text.trim() === '').map(([key]) => key);
      expect(empty).toEqual([]);
    });
  });
});

describe('the app name and the word for a letter', () => {
  // In Spanish the app's name is the word for a letter: "Carta no ha podido copiar la carta" reads
  // as "the letter could not copy the letter". Where a sentence is about a letter, the app must not
  // be its subject; an impersonal sentence or "la aplicación" says it without the stumble.
  const appAsSubject =
    /\bCarta\s+(?:(?:no|nunca|lo|los|la|le|les|se)\s+)*(?:ha|han|guarda|pone|envía|puede|sigue|volverá|necesita|conserva|copia|abre|muestra|pide|sabe|conoce|tiene|mantiene|borra|intenta|avisa)\b/;

  it('never makes "Carta" the subject of a Spanish sentence that mentions a letter', () => {
    const offending: string[] = [];
    for (const namespace of namespacesOf('es')) {
      for (const [key, text] of readNamespace('es', namespace)) {
        if (/\bcartas?\b/.test(text) && appAsSubject.test(text)) {
          offending.push(`${namespace}:${key}: ${text}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('recognises the sentences it is there to catch', () => {
    expect(appAsSubject.test('Carta no ha podido copiar la carta.')).toBe(true);
    expect(appAsSubject.test('Carta guarda su carta en este teléfono.')).toBe(true);
    expect(appAsSubject.test('Carta no encontrada')).toBe(false);
    expect(appAsSubject.test('Carta a {{name}}')).toBe(false);
  });
});
