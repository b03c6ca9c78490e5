import 'i18next';
import type cases from '../../locales/en/cases.json';
import type common from '../../locales/en/common.json';
import type settings from '../../locales/en/settings.json';

// Keys are typed from the English files, so a mistyped key fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      cases: typeof cases;
      settings: typeof settings;
    };
  }
}
