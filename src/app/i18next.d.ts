import 'i18next';
import type actions from '../../locales/en/actions.json';
import type activity from '../../locales/en/activity.json';
import type cases from '../../locales/en/cases.json';
import type common from '../../locales/en/common.json';
import type group from '../../locales/en/group.json';
import type letters from '../../locales/en/letters.json';
import type profile from '../../locales/en/profile.json';
import type settings from '../../locales/en/settings.json';
import type stall from '../../locales/en/stall.json';
import type coordinator from '../../locales/en/coordinator.json';
import type caseEditor from '../../locales/en/caseEditor.json';
import type welcome from '../../locales/en/welcome.json';

// Keys are typed from the English files, so a mistyped key fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      cases: typeof cases;
      settings: typeof settings;
      actions: typeof actions;
      activity: typeof activity;
      group: typeof group;
      letters: typeof letters;
      profile: typeof profile;
      stall: typeof stall;
      coordinator: typeof coordinator;
      caseEditor: typeof caseEditor;
      welcome: typeof welcome;
    };
  }
}
