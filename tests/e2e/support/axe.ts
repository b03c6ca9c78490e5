import type AxeBuilder from '@axe-core/playwright';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One line per problem and element, so a failure reads as a to-do list rather than a JSON dump. */
export async function axeViolations(builder: AxeBuilder): Promise<string[]> {
  const results = await builder.withTags(WCAG_TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id}: ${violation.help} — ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
    ),
  );
}
