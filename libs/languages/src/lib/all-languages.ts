import { cpp } from './cpp/cpp.language';
import { java } from './java/java.language';
import { javascript } from './javascript/javascript.language';
import { LanguageDefinition } from './language-definition';
import { python } from './python/python.language';

/** Every supported language. Adding one: its module, one line here, its Dockerfile. */
export const ALL_LANGUAGES: readonly LanguageDefinition[] = [python, javascript, java, cpp];
