import { asRelativePath, defineLanguage } from '../language-definition';

export const rust = defineLanguage({
  id: 'rust',
  name: 'Rust',
  aliases: ['rs', 'rustc'],
  extensions: ['.rs'],
  defaultFileName: 'main.rs',
  versionCommand: ['rustc', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 30 },
  // rustc finds the other files through the entry file's `mod` declarations.
  compile: ({ files }) => ['rustc', '-O', '--edition', '2021', '-o', 'main', asRelativePath(files[0].name)],
  run: ({ args }) => ['./main', ...args],
  outOfMemoryPattern: /memory allocation of \d+ bytes failed/,
  sample: 'fn main() {\n    println!("Hello, world!");\n}\n',
  conformance: {
    echoStdin: 'fn main() { let mut l = String::new(); std::io::stdin().read_line(&mut l).unwrap(); println!("got {}", l.trim_end_matches(\'\\n\')); }',
    printArgs: 'fn main() { let a: Vec<String> = std::env::args().skip(1).collect(); println!("{}", a.join("|")); }',
    exitThree: 'fn main() { println!("bye"); std::process::exit(3); }',
    crash: 'fn main() { let v: Vec<i32> = Vec::new(); println!("{}", v[1]); }',
    infiniteLoop: 'fn main() { let mut n: u64 = 0; loop { n = n.wrapping_add(1); if n == 0 { println!("wrapped"); } } }',
    memoryBomb: 'fn main() { let mut chunks = Vec::new(); loop { chunks.push(vec![1u8; 16 << 20]); } }',
    outputFlood: 'fn main() { let s = "x".repeat(1000); loop { println!("{}", s); } }',
    compileError: 'fn main() { let x: i32 = "not a number"; }',
    multiFile: [
      { name: 'main.rs', content: 'mod helper;\nfn main() { println!("sum {}", helper::add(2, 3)); }' },
      { name: 'helper.rs', content: 'pub fn add(a: i32, b: i32) -> i32 { a + b }' },
    ],
  },
  judge0: { ids: [73], name: 'Rust' },
});
