import fc from 'fast-check';
import { MAX_SOURCE_BYTES } from '@ghostide/contracts';
import { LanguageRegistry } from '@ghostide/languages';
import { validateSubmission } from './submission-validator';

const registry = new LanguageRegistry();

/** Fills the source budget with `unit` after `prefix`: the shapes that made the old patterns backtrack. */
const fill = (prefix: string, unit: string) => prefix + unit.repeat(Math.floor((MAX_SOURCE_BYTES - prefix.length) / unit.length));

// How long these take is measured by `npm run bench:validation` (BENCHMARKS.md, "Validation"), not here.
describe('validateSubmission on sources of the maximum size', () => {
  const adversarial = [
    fill('class A{static void main(', '\n'),
    fill('', '/*x'),
    fill('', '"x'),
    fill('', 'static '),
    fill('import os', ' as os'),
    fill('', 'package \n'),
  ];

  it.each(registry.languages.map((language) => language.id))('reports on every adversarial source for %s', (id) => {
    const language = registry.find(id)!;
    for (const content of adversarial) {
      const report = validateSubmission(language, [{ name: language.defaultFileName, content }], 'warn');
      expect(Array.isArray(report.errors) && Array.isArray(report.warnings)).toBe(true);
    }
  });

  it('reports on random sources of C-like and Python punctuation in every language', () => {
    const unit = fc.constantFrom('/', '*', '"', "'", '\\', '\n', ' ', '{', '}', '(', 'main', 'static', 'class', 'import', 'package', ';');
    fc.assert(
      fc.property(fc.constantFrom(...registry.languages), fc.array(unit, { minLength: 10_000, maxLength: 10_000 }), (language, units) => {
        const content = units.join('').slice(0, MAX_SOURCE_BYTES);
        const report = validateSubmission(language, [{ name: language.defaultFileName, content }], 'warn');
        return Array.isArray(report.errors);
      }),
      { numRuns: 20 },
    );
  });
});
