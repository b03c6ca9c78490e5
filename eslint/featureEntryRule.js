// A feature is used from outside only through its entry file (src/features/<name>/index.ts), so
// what a feature offers the rest of the app is written down in one place and its insides can
// move freely. Checked on resolved paths: `../letters/print/x` from inside letters is its own.
import { dirname, relative, resolve, sep } from 'node:path';

const FEATURES = `${sep}src${sep}features${sep}`;

function featureOf(path) {
  const at = path.indexOf(FEATURES);
  if (at === -1) return null;
  const rest = path.slice(at + FEATURES.length).split(sep);
  return {
    name: rest[0],
    inner: rest.slice(1).join(sep),
    root: path.slice(0, at + FEATURES.length) + rest[0],
  };
}

/** @type {import('eslint').Rule.RuleModule} */
export const featureEntryRule = {
  meta: {
    type: 'problem',
    docs: { description: 'import another feature only through its entry file (index.ts)' },
    messages: {
      deep: "Import '{{feature}}' through its entry file ('{{entry}}'), not '{{spec}}'; add what you need to features/{{feature}}/index.ts.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const own = featureOf(file);
    function check(node) {
      const spec = node?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = resolve(dirname(file), spec);
      const feature = featureOf(target);
      if (!feature || feature.name === own?.name) return;
      if (feature.inner === '' || feature.inner === 'index' || feature.inner === 'index.ts') return;
      let entry = relative(dirname(file), feature.root).split(sep).join('/');
      if (!entry.startsWith('.')) entry = `./${entry}`;
      context.report({ node, messageId: 'deep', data: { feature: feature.name, entry, spec } });
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
    };
  },
};
