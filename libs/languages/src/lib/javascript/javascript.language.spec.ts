import { javascript } from './javascript.language';

describe('javascript', () => {
  it('runs the entry file with node, with the program\'s arguments last', () => {
    const files = [{ name: 'main.js', content: '' }, { name: 'lib.js', content: '' }];
    expect(javascript.run({ files, args: ['--x', '1'] })).toEqual(['node', 'main.js', '--x', '1']);
  });

  it('has no compile stage', () => {
    expect(javascript.compile).toBeUndefined();
  });

  it('is found by the aliases js, node and nodejs', () => {
    expect(javascript.aliases).toEqual(expect.arrayContaining(['js', 'node', 'nodejs']));
  });

  it('recognizes V8\'s heap exhaustion as running out of memory', () => {
    expect(javascript.outOfMemoryPattern?.test('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory')).toBe(true);
    expect(javascript.outOfMemoryPattern?.test('RangeError: Maximum call stack size exceeded')).toBe(false);
  });
});
