// Marks index.html's module scripts and their modulepreloads `fetchpriority="low"`. Module
// scripts never hold up the first paint, which index.html makes on its own with its stylesheets,
// but Chromium fetches them at high priority: Lighthouse's simulation of a slow phone reads that
// as blocking the frame, and on a slow network they would take connections from the stylesheets
// that frame needs. Their order among themselves is unchanged, so the app loads as before.
import type { Plugin } from 'vite';

export function lowPriorityScripts(): Plugin {
  return {
    name: 'carta:low-priority-scripts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const marked = html
          .replace(/<script type="module" /g, '<script type="module" fetchpriority="low" ')
          .replace(/<link rel="modulepreload" /g, '<link rel="modulepreload" fetchpriority="low" ');
        if (marked === html) throw new Error('lowPriorityScripts: index.html has no module script');
        return marked;
      },
    },
  };
}
