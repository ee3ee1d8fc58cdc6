import { ada } from './ada/ada.language';
import { awk } from './awk/awk.language';
import { bash } from './bash/bash.language';
import { c } from './c/c.language';
import { cobol } from './cobol/cobol.language';
import { cpp } from './cpp/cpp.language';
import { csharp } from './csharp/csharp.language';
import { d } from './d/d.language';
import { fortran } from './fortran/fortran.language';
import { go } from './go/go.language';
import { haskell } from './haskell/haskell.language';
import { java } from './java/java.language';
import { javascript } from './javascript/javascript.language';
import { LanguageDefinition } from './language-definition';
import { lua } from './lua/lua.language';
import { nasm } from './nasm/nasm.language';
import { nim } from './nim/nim.language';
import { objectiveC } from './objective-c/objective-c.language';
import { ocaml } from './ocaml/ocaml.language';
import { pascal } from './pascal/pascal.language';
import { perl } from './perl/perl.language';
import { php } from './php/php.language';
import { python } from './python/python.language';
import { ruby } from './ruby/ruby.language';
import { rust } from './rust/rust.language';
import { tcl } from './tcl/tcl.language';
import { vala } from './vala/vala.language';

/** Every supported language, the four of API.md first. Adding one: its folder, one line here, its Dockerfile (npm run new-language). */
export const ALL_LANGUAGES: readonly LanguageDefinition[] = [
  python,
  javascript,
  java,
  cpp,
  ada,
  awk,
  bash,
  c,
  cobol,
  csharp,
  d,
  fortran,
  go,
  haskell,
  lua,
  nasm,
  nim,
  objectiveC,
  ocaml,
  pascal,
  perl,
  php,
  ruby,
  rust,
  tcl,
  vala,
];
