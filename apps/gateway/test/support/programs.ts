import { ConformancePrograms, LanguageRegistry } from '@ghostide/languages';

/**
 * The same behaviours written in the four languages of API.md, so that one table of tests
 * covers them: the programs of each language module's `conformance` (echoStdin, crash, ...)
 * and those of the sandbox's own tests. Each program does exactly what its name says.
 */
export interface LanguagePrograms extends ConformancePrograms {
  /** Prints "hello, world". */
  helloWorld: string;
  longSleep: string;
  /** Prints the network interface names of /proc/net/dev, one per line. */
  listInterfaces: string;
  /** Prints the Uid line of /proc/self/status. */
  printUid: string;
  /** Tries to write /etc/ghostide-probe, then workspace/probe.txt; prints "etc:<ok|denied> workspace:<ok|denied>". */
  writeProbe: string;
  /** Forks (or spawns) without end; undefined where the language has no cheap way to. */
  forkBomb?: string;
}

const REGISTRY = new LanguageRegistry();
/** A language module's conformance programs. */
function conformanceOf(id: string): ConformancePrograms {
  const language = REGISTRY.find(id);
  if (!language) throw new Error(`no language "${id}" in the registry`);
  return language.conformance;
}

export const PROGRAMS: Record<'python' | 'javascript' | 'java' | 'cpp', LanguagePrograms> = {
  python: {
    ...conformanceOf('python'),
    helloWorld: 'print("hello, world")',
    longSleep: 'import time\ntime.sleep(60)',
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
    ...conformanceOf('javascript'),
    helloWorld: 'console.log("hello, world");',
    longSleep: 'setTimeout(() => {}, 60000);',
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
    ...conformanceOf('java'),
    helloWorld: 'public class Main { public static void main(String[] args) { System.out.println("hello, world"); } }',
    longSleep: 'public class Main { public static void main(String[] args) throws Exception { Thread.sleep(60000); } }',
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
  },
  cpp: {
    ...conformanceOf('cpp'),
    helloWorld: '#include <iostream>\nint main() { std::cout << "hello, world" << std::endl; }',
    longSleep: '#include <unistd.h>\nint main() { sleep(60); }',
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
  },
};
