/**
 * The same behaviours written in each language, so that one table of tests
 * covers all four. Each program does exactly what its name says.
 */
export interface LanguagePrograms {
  helloWorld: string;
  /** Echoes one line of stdin as "got <line>". */
  echoStdin: string;
  /** Prints its arguments joined by "|". */
  printArgs: string;
  /** Exits with code 3 after printing "bye". */
  exitThree: string;
  /** Throws an uncaught exception / crashes. */
  crash: string;
  infiniteLoop: string;
  longSleep: string;
  /** Allocates and touches memory without end. */
  memoryBomb: string;
  /** Writes to stdout without end. */
  outputFlood: string;
  /** Prints the network interface names of /proc/net/dev, one per line. */
  listInterfaces: string;
  /** Prints the Uid line of /proc/self/status. */
  printUid: string;
  /** Tries to write /etc/ghostide-probe, then workspace/probe.txt; prints "etc:<ok|denied> workspace:<ok|denied>". */
  writeProbe: string;
  /** Forks (or spawns) without end; undefined where the language has no cheap way to. */
  forkBomb?: string;
  /** Does not compile; compiled languages only. */
  compileError?: string;
}

export const PROGRAMS: Record<'python' | 'javascript' | 'java' | 'cpp', LanguagePrograms> = {
  python: {
    helloWorld: 'print("hello, world")',
    echoStdin: 'print("got " + input())',
    printArgs: 'import sys\nprint("|".join(sys.argv[1:]))',
    exitThree: 'import sys\nprint("bye")\nsys.exit(3)',
    crash: 'raise ValueError("boom")',
    infiniteLoop: 'while True:\n    pass',
    longSleep: 'import time\ntime.sleep(60)',
    memoryBomb: 'chunks = []\nwhile True:\n    chunks.append(bytearray(16 * 1024 * 1024))',
    outputFlood: 'while True:\n    print("x" * 1000)',
    listInterfaces: 'for line in open("/proc/net/dev").read().splitlines()[2:]:\n    print(line.split(":")[0].strip())',
    printUid: 'print([l for l in open("/proc/self/status") if l.startswith("Uid:")][0].strip())',
    writeProbe: [
      'def probe(path):',
      '    try:',
      '        open(path, "w").write("x")',
      '        return "ok"',
      '    except OSError:',
      '        return "denied"',
      'print("etc:" + probe("/etc/ghostide-probe") + " workspace:" + probe("probe.txt"))',
    ].join('\n'),
    forkBomb: 'import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass',
  },
  javascript: {
    helloWorld: 'console.log("hello, world");',
    echoStdin: 'const line = require("fs").readFileSync(0, "utf8").split("\\n")[0];\nconsole.log("got " + line);',
    printArgs: 'console.log(process.argv.slice(2).join("|"));',
    exitThree: 'console.log("bye");\nprocess.exit(3);',
    crash: 'throw new Error("boom");',
    infiniteLoop: 'for (;;) {}',
    longSleep: 'setTimeout(() => {}, 60000);',
    memoryBomb: 'const chunks = [];\nfor (;;) chunks.push(Buffer.alloc(16 * 1024 * 1024, 1));',
    outputFlood: 'const line = "x".repeat(1000) + "\\n";\nfor (;;) require("fs").writeSync(1, line);',
    listInterfaces:
      'const lines = require("fs").readFileSync("/proc/net/dev", "utf8").trim().split("\\n").slice(2);\nfor (const l of lines) console.log(l.split(":")[0].trim());',
    printUid:
      'console.log(require("fs").readFileSync("/proc/self/status", "utf8").split("\\n").find((l) => l.startsWith("Uid:")).trim());',
    writeProbe: [
      'const fs = require("fs");',
      'const probe = (p) => { try { fs.writeFileSync(p, "x"); return "ok"; } catch { return "denied"; } };',
      'console.log("etc:" + probe("/etc/ghostide-probe") + " workspace:" + probe("probe.txt"));',
    ].join('\n'),
    forkBomb: 'const { spawn } = require("child_process");\nfor (;;) { try { spawn("sleep", ["60"]); } catch {} }',
  },
  java: {
    helloWorld: 'public class Main { public static void main(String[] args) { System.out.println("hello, world"); } }',
    echoStdin:
      'import java.util.Scanner;\npublic class Main { public static void main(String[] args) { System.out.println("got " + new Scanner(System.in).nextLine()); } }',
    printArgs: 'public class Main { public static void main(String[] args) { System.out.println(String.join("|", args)); } }',
    exitThree: 'public class Main { public static void main(String[] args) { System.out.println("bye"); System.exit(3); } }',
    crash: 'public class Main { public static void main(String[] args) { throw new IllegalStateException("boom"); } }',
    infiniteLoop: 'public class Main { public static void main(String[] args) { while (true) { } } }',
    longSleep: 'public class Main { public static void main(String[] args) throws Exception { Thread.sleep(60000); } }',
    memoryBomb:
      'import java.util.*;\npublic class Main { public static void main(String[] args) { List<long[]> l = new ArrayList<>(); while (true) l.add(new long[2_000_000]); } }',
    outputFlood:
      'public class Main { public static void main(String[] args) { String s = "x".repeat(1000); while (true) System.out.println(s); } }',
    listInterfaces: [
      'import java.nio.file.*;',
      'public class Main { public static void main(String[] args) throws Exception {',
      '  var lines = Files.readAllLines(Path.of("/proc/net/dev"));',
      '  for (var l : lines.subList(2, lines.size())) System.out.println(l.split(":")[0].trim());',
      '} }',
    ].join('\n'),
    printUid: [
      'import java.nio.file.*;',
      'public class Main { public static void main(String[] args) throws Exception {',
      '  for (var l : Files.readAllLines(Path.of("/proc/self/status"))) if (l.startsWith("Uid:")) System.out.println(l.trim());',
      '} }',
    ].join('\n'),
    writeProbe: [
      'import java.nio.file.*;',
      'public class Main {',
      '  static String probe(String p) { try { Files.writeString(Path.of(p), "x"); return "ok"; } catch (Exception e) { return "denied"; } }',
      '  public static void main(String[] args) { System.out.println("etc:" + probe("/etc/ghostide-probe") + " workspace:" + probe("probe.txt")); }',
      '}',
    ].join('\n'),
    compileError: 'public class Main { public static void main(String[] args) { int x = "not a number"; } }',
  },
  cpp: {
    helloWorld: '#include <iostream>\nint main() { std::cout << "hello, world" << std::endl; }',
    echoStdin: '#include <iostream>\n#include <string>\nint main() { std::string l; std::getline(std::cin, l); std::cout << "got " << l << "\\n"; }',
    printArgs:
      '#include <iostream>\nint main(int argc, char** argv) { for (int i = 1; i < argc; i++) std::cout << (i > 1 ? "|" : "") << argv[i]; std::cout << "\\n"; }',
    exitThree: '#include <cstdio>\nint main() { std::puts("bye"); return 3; }',
    crash: '#include <csignal>\nint main() { std::raise(SIGSEGV); }',
    infiniteLoop: 'int main() { volatile unsigned long n = 0; for (;;) n++; }',
    longSleep: '#include <unistd.h>\nint main() { sleep(60); }',
    memoryBomb:
      '#include <cstdlib>\n#include <cstring>\nint main() { for (;;) { char* p = (char*)std::malloc(16 << 20); if (p) std::memset(p, 1, 16 << 20); } }',
    outputFlood: '#include <cstdio>\n#include <string>\nint main() { std::string s(1000, \'x\'); for (;;) std::puts(s.c_str()); }',
    listInterfaces: [
      '#include <fstream>',
      '#include <iostream>',
      '#include <string>',
      'int main() { std::ifstream f("/proc/net/dev"); std::string l; int n = 0;',
      '  while (std::getline(f, l)) { if (n++ < 2) continue; auto name = l.substr(0, l.find(":")); name.erase(0, name.find_first_not_of(" ")); std::cout << name << "\\n"; } }',
    ].join('\n'),
    printUid: [
      '#include <fstream>',
      '#include <iostream>',
      '#include <string>',
      'int main() { std::ifstream f("/proc/self/status"); std::string l; while (std::getline(f, l)) if (l.rfind("Uid:", 0) == 0) std::cout << l << "\\n"; }',
    ].join('\n'),
    writeProbe: [
      '#include <cstdio>',
      'const char* probe(const char* p) { FILE* f = std::fopen(p, "w"); if (!f) return "denied"; std::fputs("x", f); std::fclose(f); return "ok"; }',
      'int main() { std::printf("etc:%s workspace:%s\\n", probe("/etc/ghostide-probe"), probe("probe.txt")); }',
    ].join('\n'),
    forkBomb: '#include <unistd.h>\nint main() { for (;;) fork(); }',
    compileError: 'int main() { return undefined_name; }',
  },
};
