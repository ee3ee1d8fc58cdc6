import { asRelativePath, defineLanguage } from '../language-definition';

export const haskell = defineLanguage({
  id: 'haskell',
  name: 'Haskell (GHC)',
  aliases: ['hs', 'ghc'],
  extensions: ['.hs'],
  defaultFileName: 'main.hs',
  versionCommand: ['ghc', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 60 },
  // ghc --make finds the modules the entry file imports.
  compile: ({ files }) => ['ghc', '-O', '-v0', '-o', 'main', asRelativePath(files[0].name)],
  run: ({ args }) => ['./main', ...args],
  outOfMemoryPattern: /Heap exhausted|out of memory/,
  sample: 'main :: IO ()\nmain = putStrLn "Hello, world!"\n',
  conformance: {
    echoStdin: 'main :: IO ()\nmain = getLine >>= \\l -> putStrLn ("got " ++ l)',
    printArgs: 'import System.Environment (getArgs)\nimport Data.List (intercalate)\nmain :: IO ()\nmain = getArgs >>= putStrLn . intercalate "|"',
    exitThree: 'import System.Exit\nmain :: IO ()\nmain = putStrLn "bye" >> exitWith (ExitFailure 3)',
    crash: 'main :: IO ()\nmain = error "boom"',
    infiniteLoop: 'loop :: Int -> Int\nloop n = if n < 0 then n else loop (n + 1)\nmain :: IO ()\nmain = print (loop 0)',
    memoryBomb: 'main :: IO ()\nmain = let xs = [1 ..] :: [Integer] in print (length xs + fromIntegral (sum xs))',
    outputFlood: 'main :: IO ()\nmain = mapM_ putStrLn (repeat (replicate 1000 \'x\'))',
    compileError: 'main :: IO ()\nmain = putStrLn (1 :: Int)',
    multiFile: [
      { name: 'main.hs', content: 'import Helper (add)\nmain :: IO ()\nmain = putStrLn ("sum " ++ show (add 2 3))' },
      { name: 'Helper.hs', content: 'module Helper (add) where\nadd :: Int -> Int -> Int\nadd a b = a + b' },
    ],
  },
  judge0: { ids: [61], name: 'Haskell', toolchain: 'GHC ' },
});
