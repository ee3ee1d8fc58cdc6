import { cpp } from './cpp.language';

describe('cpp', () => {
  const files = [
    { name: 'main.cpp', content: 'int main() { return 0; }' },
    { name: 'util.cc', content: '' },
    { name: 'more.cxx', content: '' },
    { name: 'util.h', content: '' },
    { name: 'vec.hpp', content: '' },
  ];

  it('compiles the source files (not the headers), as ./name, with g++ -O2 -std=c++20 into ./main', () => {
    expect(cpp.compile?.({ files, args: ['ignored'] })).toEqual(['g++', '-O2', '-std=c++20', '-pipe', '-Winvalid-pch', '-o', 'main', './main.cpp', './util.cc', './more.cxx']);
  });

  it('runs ./main with the program\'s arguments', () => {
    expect(cpp.run({ files, args: ['1', '2'] })).toEqual(['./main', '1', '2']);
  });

  it('accepts source with a main function in any file', () => {
    const split = [{ name: 'lib.cpp', content: 'int f() { return 1; }' }, { name: 'main.cpp', content: 'int main(int argc, char** argv) {}' }];
    expect(cpp.checkSource(split)).toEqual({ errors: [], warnings: [] });
  });

  it('rejects source without a main function', () => {
    expect(cpp.checkSource([{ name: 'main.cpp', content: 'int helper() { return 0; }' }]).errors).toEqual(['C++ source needs a main() function']);
  });

  it('does not count a main() that is only in a comment or a string', () => {
    const source = '// int main() {}\n/* main() */\nconst char* s = "main()";\nint domain() { return 0; }';
    expect(cpp.checkSource([{ name: 'main.cpp', content: source }]).errors).toEqual(['C++ source needs a main() function']);
  });

  it('does not count a main() after an unclosed /*, which comments out the rest of the file', () => {
    expect(cpp.checkSource([{ name: 'main.cpp', content: 'int x;\n/* int main() {}' }]).errors).toEqual(['C++ source needs a main() function']);
  });

  it('recognizes std::bad_alloc as running out of memory', () => {
    expect(cpp.outOfMemoryPattern?.test("terminate called after throwing an instance of 'std::bad_alloc'")).toBe(true);
    expect(cpp.outOfMemoryPattern?.test("terminate called after throwing an instance of 'std::out_of_range'")).toBe(false);
  });
});
