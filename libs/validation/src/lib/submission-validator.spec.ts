import { MAX_FILES, MAX_SOURCE_BYTES, SourceFile } from '@ghostide/contracts';
import { LanguageDefinition, LanguageRegistry } from '@ghostide/languages';
import { sourceFilesOf, validateSubmission } from './submission-validator';

const registry = new LanguageRegistry();
function language(id: string): LanguageDefinition {
  const found = registry.find(id);
  if (!found) throw new Error(`no language ${id}`);
  return found;
}
const python = language('python');
const java = language('java');
const cpp = language('cpp');

const file = (name: string, content = 'print(1)\n'): SourceFile => ({ name, content });

describe('validateSubmission', () => {
  it('accepts a sound single-file submission with no problems', () => {
    expect(validateSubmission(python, [file('main.py')], 'warn')).toEqual({ errors: [], warnings: [] });
  });

  describe('file names', () => {
    it.each([
      { name: '../x.py', problem: 'may not contain ".."' },
      { name: '/etc/passwd', problem: 'must be a relative path' },
      { name: 'a//b', problem: 'may not contain empty or "." path parts' },
      { name: './a', problem: 'may not contain empty or "." path parts' },
      { name: 'a\\b.py', problem: 'may not contain backslashes' },
      { name: 'a\0.py', problem: 'control characters' },
      { name: `${'x'.repeat(300)}.py`, problem: 'is longer than 255 characters' },
      { name: '-wrapper', problem: 'may not start with "-" or "@"' },
      { name: '@opts.cc', problem: 'may not start with "-" or "@"' },
    ])('rejects $name, naming files[1].name', ({ name, problem }) => {
      const { errors } = validateSubmission(python, [file('main.py'), file(name)], 'warn');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(`files[1].name "${name}"`);
      expect(errors[0]).toContain(problem);
    });

    it('rejects a name used twice, naming the second use', () => {
      const { errors } = validateSubmission(python, [file('main.py'), file('util.py'), file('util.py')], 'warn');
      expect(errors).toEqual(['files[2].name "util.py" is used twice']);
    });

    it('reports every bad name, not only the first', () => {
      const { errors } = validateSubmission(python, [file('main.py'), file('../a.py'), file('/b.py')], 'warn');
      expect(errors).toEqual([expect.stringContaining('files[1].name'), expect.stringContaining('files[2].name')]);
    });
  });

  describe('entry point', () => {
    it('rejects an entry file without the language\'s extension, listing the extensions', () => {
      const { errors } = validateSubmission(python, [file('main.js'), file('util.py')], 'warn');
      expect(errors).toEqual(['files[0].name "main.js" is the entry point and must end with .py for Python']);
    });

    it('accepts any of the language\'s extensions on the entry file', () => {
      expect(validateSubmission(cpp, [file('main.cc', 'int main() {}')], 'warn').errors).toEqual([]);
    });

    it('accepts other files with other extensions, such as data files', () => {
      expect(validateSubmission(python, [file('main.py'), file('input.txt', '1 2 3')], 'warn').errors).toEqual([]);
    });
  });

  describe('size and content', () => {
    it('accepts exactly 50 KB across all files', () => {
      const half = MAX_SOURCE_BYTES / 2;
      const files = [file('main.py', '#'.repeat(half)), file('b.py', '#'.repeat(half))];
      expect(validateSubmission(python, files, 'warn').errors).toEqual([]);
    });

    it('rejects more than 50 KB across all files even when each file is smaller', () => {
      const half = MAX_SOURCE_BYTES / 2;
      const files = [file('main.py', '#'.repeat(half)), file('b.py', '#'.repeat(half + 1))];
      expect(validateSubmission(python, files, 'warn').errors).toEqual([
        `source is ${MAX_SOURCE_BYTES + 1} bytes; all files together may have at most ${MAX_SOURCE_BYTES} bytes (50 KB)`,
      ]);
    });

    it('counts bytes of UTF-8, not characters', () => {
      // "é" is 2 bytes: 25,601 characters are 51,202 bytes.
      const { errors } = validateSubmission(python, [file('main.py', 'é'.repeat(MAX_SOURCE_BYTES / 2 + 1))], 'warn');
      expect(errors).toEqual([expect.stringContaining(`source is ${MAX_SOURCE_BYTES + 2} bytes`)]);
    });

    it.each(['', '   \n\t\n'])('rejects code that is empty or blank (%j)', (content) => {
      expect(validateSubmission(python, [file('main.py', content)], 'warn').errors).toEqual(['code must not be empty']);
    });

    it('accepts an empty file beside one with code', () => {
      expect(validateSubmission(python, [file('main.py'), file('__init__.py', '')], 'warn').errors).toEqual([]);
    });

    it('rejects a submission without files', () => {
      expect(validateSubmission(python, [], 'warn').errors).toEqual(['files must contain at least one file']);
    });

    it(`rejects more than ${MAX_FILES} files`, () => {
      const files = [file('main.py'), ...Array.from({ length: MAX_FILES }, (_, index) => file(`m${index}.py`))];
      expect(validateSubmission(python, files, 'warn').errors).toEqual([`files may contain at most ${MAX_FILES} files`]);
    });

    it('lists every problem at once', () => {
      const { errors } = validateSubmission(python, [file('main.js', ' '), file('../x.py', ' ')], 'warn');
      expect(errors).toEqual([
        'code must not be empty',
        expect.stringContaining('files[1].name "../x.py"'),
        expect.stringContaining('files[0].name "main.js" is the entry point'),
      ]);
    });
  });

  describe('language checks', () => {
    it('reports the language\'s own errors, such as C++ without main', () => {
      expect(validateSubmission(cpp, [file('main.cpp', 'int f() { return 1; }')], 'warn').errors).toEqual(['C++ source needs a main() function']);
    });

    it('runs the language checks on files renamed as the toolchain needs them', () => {
      // Java: a public class Solution in Main.java is fine, because the worker names the file Solution.java.
      const source = 'public class Solution { public static void main(String[] a) {} }';
      expect(validateSubmission(java, [file('Main.java', source)], 'warn')).toEqual({ errors: [], warnings: [] });
    });

    it('skips the language checks when the submission is already rejected', () => {
      const { errors, warnings } = validateSubmission(python, [file('main.py', 'import subprocess\n'), file('../x.py')], 'warn');
      expect(errors).toHaveLength(1);
      expect(warnings).toEqual([]);
    });
  });

  describe('policy', () => {
    const restricted = [file('main.py', 'import subprocess\nprint(1)\n')];

    it('under "warn", reports a restricted import as a warning and does not reject the run', () => {
      expect(validateSubmission(python, restricted, 'warn')).toEqual({
        errors: [],
        warnings: ['main.py:1: imports "subprocess", which is restricted in the sandbox'],
      });
    });

    it('under "block", also reports the warning as an error, so the run is rejected', () => {
      expect(validateSubmission(python, restricted, 'block')).toEqual({
        errors: ['main.py:1: imports "subprocess", which is restricted in the sandbox (blocked by policy)'],
        warnings: ['main.py:1: imports "subprocess", which is restricted in the sandbox'],
      });
    });

    it('under "block", accepts source without warnings', () => {
      expect(validateSubmission(python, [file('main.py')], 'block')).toEqual({ errors: [], warnings: [] });
    });
  });
});

describe('sourceFilesOf', () => {
  it('turns code into one file with the language\'s default name', () => {
    expect(sourceFilesOf(python, { code: 'print(1)' })).toEqual([{ name: 'main.py', content: 'print(1)' }]);
    expect(sourceFilesOf(java, { code: 'class A {}' })).toEqual([{ name: 'Main.java', content: 'class A {}' }]);
  });

  it('returns files as given', () => {
    const files = [file('app.py'), file('lib.py')];
    expect(sourceFilesOf(python, { files })).toBe(files);
  });

  it('prefers files when both are given', () => {
    const files = [file('app.py')];
    expect(sourceFilesOf(python, { code: 'ignored', files })).toBe(files);
  });

  it('turns a request without code or files into one empty file, which validation then rejects as empty', () => {
    const files = sourceFilesOf(python, {});
    expect(files).toEqual([{ name: 'main.py', content: '' }]);
    expect(validateSubmission(python, files, 'warn').errors).toEqual(['code must not be empty']);
  });
});
