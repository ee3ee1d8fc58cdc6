import { defineLanguage } from '../language-definition';

export const r = defineLanguage({
  id: 'r',
  name: 'R',
  aliases: ['rscript', 'rlang'],
  extensions: ['.r', '.R'],
  defaultFileName: 'main.R',
  versionCommand: ['Rscript', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 0 },
  run: ({ files, args }) => ['Rscript', files[0].name, ...args],
  outOfMemoryPattern: /cannot allocate vector of size/,
  sample: 'cat("Hello, world!\\n")\n',
  conformance: {
    echoStdin: 'line <- readLines(file("stdin"), n = 1)\ncat("got ", line, "\\n", sep = "")',
    printArgs: 'args <- commandArgs(trailingOnly = TRUE)\ncat(paste(args, collapse = "|"), "\\n", sep = "")',
    exitThree: 'cat("bye\\n")\nquit(status = 3)',
    crash: 'stop("boom")',
    infiniteLoop: 'n <- 0\nrepeat { n <- (n + 1) %% 1000 }',
    memoryBomb: 'chunks <- list()\nrepeat { chunks[[length(chunks) + 1]] <- rep(1, 2e6) }',
    outputFlood: 's <- strrep("x", 1000)\nrepeat cat(s, "\\n", sep = "")',
    multiFile: [
      { name: 'main.R', content: 'source("helper.R")\ncat("sum ", add(2, 3), "\\n", sep = "")' },
      { name: 'helper.R', content: 'add <- function(a, b) a + b' },
    ],
  },
  judge0: { ids: [80], name: 'R' },
  piston: { language: 'rscript' },
});
