// Written by `npm run new-language` from the folders beside it (tools/languages/registry-file.ts).
import { ada } from './ada/ada.language';
import { awk } from './awk/awk.language';
import { bash } from './bash/bash.language';
import { c } from './c/c.language';
import { clojure } from './clojure/clojure.language';
import { cobol } from './cobol/cobol.language';
import { coffeescript } from './coffeescript/coffeescript.language';
import { commonlisp } from './commonlisp/commonlisp.language';
import { cpp } from './cpp/cpp.language';
import { csharp } from './csharp/csharp.language';
import { d } from './d/d.language';
import { elixir } from './elixir/elixir.language';
import { erlang } from './erlang/erlang.language';
import { fortran } from './fortran/fortran.language';
import { go } from './go/go.language';
import { groovy } from './groovy/groovy.language';
import { haskell } from './haskell/haskell.language';
import { java } from './java/java.language';
import { javascript } from './javascript/javascript.language';
import { kotlin } from './kotlin/kotlin.language';
import { LanguageDefinition } from './language-definition';
import { lua } from './lua/lua.language';
import { nasm } from './nasm/nasm.language';
import { nim } from './nim/nim.language';
import { objectiveC } from './objective-c/objective-c.language';
import { ocaml } from './ocaml/ocaml.language';
import { octave } from './octave/octave.language';
import { pascal } from './pascal/pascal.language';
import { perl } from './perl/perl.language';
import { php } from './php/php.language';
import { prolog } from './prolog/prolog.language';
import { pypy } from './pypy/pypy.language';
import { python } from './python/python.language';
import { r } from './r/r.language';
import { racket } from './racket/racket.language';
import { raku } from './raku/raku.language';
import { ruby } from './ruby/ruby.language';
import { rust } from './rust/rust.language';
import { scala } from './scala/scala.language';
import { scheme } from './scheme/scheme.language';
import { sql } from './sql/sql.language';
import { tcl } from './tcl/tcl.language';
import { typescript } from './typescript/typescript.language';
import { vala } from './vala/vala.language';

/** Every supported language, the four of API.md first. */
export const ALL_LANGUAGES: readonly LanguageDefinition[] = [
  python,
  javascript,
  java,
  cpp,
  ada,
  awk,
  bash,
  c,
  clojure,
  cobol,
  coffeescript,
  commonlisp,
  csharp,
  d,
  elixir,
  erlang,
  fortran,
  go,
  groovy,
  haskell,
  kotlin,
  lua,
  nasm,
  nim,
  objectiveC,
  ocaml,
  octave,
  pascal,
  perl,
  php,
  prolog,
  pypy,
  r,
  racket,
  raku,
  ruby,
  rust,
  scala,
  scheme,
  sql,
  tcl,
  typescript,
  vala,
];
