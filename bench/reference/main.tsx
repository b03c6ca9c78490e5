// The warm-start bench's yardstick: a one-screen app on the libraries Carta's first screen runs on
// (React, Dexie, i18next with react-i18next, workbox-window and a Workbox service worker), written
// the plain way. It shows one heading whose text comes from IndexedDB, seeded on the first visit.
import { Dexie, type EntityTable } from 'dexie';
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next, useTranslation } from 'react-i18next';
import { Workbox } from 'workbox-window';

interface Item {
  id: string;
  title: string;
}

const db = new Dexie('reference') as Dexie & { items: EntityTable<Item, 'id'> };
db.version(1).stores({ items: 'id' });

async function firstTitle(): Promise<string> {
  if ((await db.items.count()) === 0) {
    await db.items.bulkPut([
      { id: 'a', title: 'Free the detained journalist' },
      { id: 'b', title: 'Justice for the victims' },
    ]);
  }
  return (await db.items.orderBy('id').first())?.title ?? '';
}

function Screen({ title }: { title: string }) {
  const { t } = useTranslation('common');
  return (
    <main aria-label={t('nav.cases')}>
      <h1 id="title">{title}</h1>
    </main>
  );
}

const [title] = await Promise.all([
  firstTitle(),
  i18next.use(initReactI18next).init({
    lng: 'en',
    defaultNS: 'common',
    resources: { en: { common: { nav: { cases: 'Cases' } } } },
  }),
]);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Screen title={title} />
  </StrictMode>,
);
if ('serviceWorker' in navigator) void new Workbox('/sw.js').register();
