import { JVM_FLAGS } from '../java/java.language';
import { defineLanguage } from '../language-definition';

/** What Debian's clojure script runs, with our JVM flags (the script takes none). */
const CLOJURE = ['java', ...JVM_FLAGS, '-cp', '/usr/share/java/clojure.jar:.', 'clojure.main'];

export const clojure = defineLanguage({
  id: 'clojure',
  name: 'Clojure',
  aliases: ['clj'],
  extensions: ['.clj'],
  defaultFileName: 'main.clj',
  versionCommand: [...CLOJURE, '-e', '(println (str "Clojure " (clojure-version)))'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 256, compileTimeoutS: 0 },
  run: ({ files, args }) => [...CLOJURE, files[0].name, ...args],
  // Clojure reports it as "Execution error (OutOfMemoryError)", without the package.
  outOfMemoryPattern: /OutOfMemoryError/,
  sample: '(println "Hello, world!")\n',
  conformance: {
    echoStdin: '(println (str "got " (read-line)))',
    printArgs: '(println (clojure.string/join "|" *command-line-args*))',
    exitThree: '(println "bye")\n(flush)\n(System/exit 3)',
    crash: '(throw (IllegalStateException. "boom"))',
    infiniteLoop: '(loop [n 0] (recur (inc n)))',
    memoryBomb: '(loop [chunks []] (recur (conj chunks (long-array 2000000 1))))',
    outputFlood: '(let [s (apply str (repeat 1000 "x"))] (while true (println s)))',
    multiFile: [
      { name: 'main.clj', content: '(load-file "helper.clj")\n(println "sum" (add 2 3))' },
      { name: 'helper.clj', content: '(defn add [a b] (+ a b))' },
    ],
  },
  judge0: { ids: [86], name: 'Clojure' },
});
