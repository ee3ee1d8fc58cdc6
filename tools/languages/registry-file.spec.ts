import { readFileSync } from 'node:fs';
import { constantOf, languageFolders, REGISTRY_FILE, renderRegistryFile } from './registry-file';

describe('all-languages.ts', () => {
  it('is what npm run new-language writes for the language folders', () => {
    expect(readFileSync(REGISTRY_FILE, 'utf8')).toBe(renderRegistryFile(languageFolders()));
  });

  it('lists the four of API.md first, then the others by id', () => {
    const rendered = renderRegistryFile(['ada', 'cpp', 'java', 'javascript', 'python']);
    expect(rendered).toContain('[\n  python,\n  javascript,\n  java,\n  cpp,\n  ada,\n];');
  });

  it('names a hyphenated id in camel case', () => {
    expect(constantOf('objective-c')).toBe('objectiveC');
  });
});
