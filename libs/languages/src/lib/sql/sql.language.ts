import { defineLanguage } from '../language-definition';

/** One argument of a sqlite3 dot-command, double-quoted: the shell undoes the backslash escapes. */
function dotCommandArgument(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** A SQL string literal: 'it''s'. */
function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

export const sql = defineLanguage({
  id: 'sql',
  name: 'SQL (SQLite)',
  aliases: ['sqlite', 'sqlite3'],
  extensions: ['.sql'],
  defaultFileName: 'main.sql',
  versionCommand: ['sqlite3', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 0 },
  // A fresh in-memory database; -bail stops at the first error (exit code 1). The program's
  // arguments are the parameters ?1, ?2, ... (rows of temp.sqlite_parameters); `.import /dev/stdin`
  // reads stdin; `.exit N` ends with exit code N.
  run: ({ files, args }) => [
    'sqlite3',
    '-bail',
    '-cmd',
    '.parameter init',
    ...args.flatMap((arg, index) => ['-cmd', `.parameter set ?${index + 1} ${dotCommandArgument(sqlString(arg))}`]),
    ':memory:',
    `.read ${dotCommandArgument(files[0].name)}`,
  ],
  outOfMemoryPattern: /out of memory/,
  sample: "SELECT 'Hello, world!';\n",
  conformance: {
    echoStdin: 'CREATE TABLE input(line TEXT);\n.separator "\\037" "\\n"\n.import /dev/stdin input\n.mode list\nSELECT \'got \' || line FROM input LIMIT 1;',
    printArgs: "SELECT group_concat(value, '|') FROM (SELECT value FROM temp.sqlite_parameters ORDER BY CAST(substr(key, 2) AS INTEGER));",
    exitThree: "SELECT 'bye';\n.exit 3",
    crash: 'SELECT * FROM no_such_table;',
    infiniteLoop: 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c;',
    memoryBomb: 'CREATE TABLE t(b BLOB);\nWITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) INSERT INTO t SELECT randomblob(1000000) FROM c;',
    outputFlood: 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT hex(zeroblob(500)) FROM c;',
    multiFile: [
      { name: 'main.sql', content: ".read helper.sql\nSELECT 'sum ' || (a + b) FROM numbers;" },
      { name: 'helper.sql', content: 'CREATE VIEW numbers AS SELECT 2 AS a, 3 AS b;' },
    ],
  },
  judge0: { ids: [82], name: 'SQL', toolchain: 'SQLite ' },
  piston: { language: 'sqlite3' },
});
