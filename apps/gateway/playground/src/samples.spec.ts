import { LanguageRegistry } from '@ghostide/languages';
import { SAMPLES } from './samples';

describe('SAMPLES', () => {
  it('has a hello world for every supported language, and none for a language the service lacks', () => {
    const ids = new LanguageRegistry().languages.map((language) => language.id);
    expect(Object.keys(SAMPLES).sort()).toEqual([...ids].sort());
  });
});
