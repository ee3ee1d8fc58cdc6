import { awk } from './awk/awk.language';
import { bash } from './bash/bash.language';
import { c } from './c/c.language';
import { cpp } from './cpp/cpp.language';
import { go } from './go/go.language';
import { java } from './java/java.language';
import { javascript } from './javascript/javascript.language';
import { LanguageDefinition } from './language-definition';
import { lua } from './lua/lua.language';
import { perl } from './perl/perl.language';
import { php } from './php/php.language';
import { python } from './python/python.language';
import { ruby } from './ruby/ruby.language';
import { rust } from './rust/rust.language';

/** Every supported language, the four of API.md first. Adding one: its folder, one line here, its Dockerfile (npm run new-language). */
export const ALL_LANGUAGES: readonly LanguageDefinition[] = [
  python,
  javascript,
  java,
  cpp,
  awk,
  bash,
  c,
  go,
  lua,
  perl,
  php,
  ruby,
  rust,
];
