/**
 * Programs that attack the sandbox, for hostile.int-spec.ts. Each does exactly
 * what its name says and prints what it observed in a fixed format, so that a
 * test can compare the whole output. Where a table leaves a language out, the
 * attack does not apply to it or adds nothing over the others (Java costs ~2 s a run).
 */
import type { SourceFile } from '@ghostide/contracts';
import type { PROGRAMS } from './programs';
import { ISOLATION } from './service-processes';

/**
 * PID 1 as a program sees it: the jail's init (a clone of the host's agent, so
 * its command line) or, in a single-use container, the agent itself.
 */
const FIRST_PROCESS = ISOLATION === 'host' ? '/usr/local/bin/ghostide-agent --workspace-mb 64' : '/usr/local/bin/ghostide-agent --single-job --no-jail';

/** The languages of the integration tests. */
export type LanguageId = keyof typeof PROGRAMS;

/** Source lines joined into one program. */
const lines = (...source: string[]): string => source.join('\n');

// ---------------------------------------------------------------- processes ---

/** Starts threads that sleep until the pids limit refuses more, then keeps retrying every 10 ms. */
export const THREAD_BOMB: Partial<Record<LanguageId, string>> = {
  python: lines(
    'import threading, time',
    'while True:',
    '    try:',
    '        threading.Thread(target=time.sleep, args=(600,), daemon=True).start()',
    '    except RuntimeError:',
    '        time.sleep(0.01)',
  ),
  java: lines(
    'public class Main { public static void main(String[] args) throws Exception {',
    '  while (true) {',
    '    try {',
    '      Thread t = new Thread(() -> { try { Thread.sleep(600_000); } catch (InterruptedException e) { } });',
    '      t.setDaemon(true);',
    '      t.start();',
    '    } catch (Throwable refused) { Thread.sleep(10); }',
    '  }',
    '} }',
  ),
  cpp: lines(
    '#include <chrono>',
    '#include <system_error>',
    '#include <thread>',
    'int main() {',
    '  for (;;) {',
    '    try { std::thread([] { std::this_thread::sleep_for(std::chrono::minutes(10)); }).detach(); }',
    '    catch (const std::system_error&) { std::this_thread::sleep_for(std::chrono::milliseconds(10)); }',
    '  }',
    '}',
  ),
};

/** Java has no fork(): spawns `sleep 600` processes without end, retrying every 10 ms when refused. */
export const SPAWN_BOMB_JAVA = lines(
  'import java.util.*;',
  'public class Main { public static void main(String[] args) throws Exception {',
  '  List<Process> children = new ArrayList<>();',
  '  while (true) {',
  '    try { children.add(new ProcessBuilder("sleep", "600").start()); }',
  '    catch (Throwable refused) { Thread.sleep(10); }',
  '  }',
  '} }',
);

/** Leaves a fork bomb raging in the background (output to /dev/null) and exits 0 after 0.5 s, printing "parent exits". */
export const BACKGROUND_FORK_BOMB: Partial<Record<LanguageId, string>> = {
  python: lines(
    'import subprocess, time',
    'subprocess.Popen(["bash", "-c", ":(){ :|:& };:"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)',
    'time.sleep(0.5)',
    'print("parent exits")',
  ),
  javascript: lines(
    'const { spawn } = require("child_process");',
    'spawn("bash", ["-c", ":(){ :|:& };:"], { detached: true, stdio: "ignore" }).unref();',
    'setTimeout(() => console.log("parent exits"), 500);',
  ),
  cpp: lines(
    '#include <cstdio>',
    '#include <unistd.h>',
    'int main() {',
    '  if (fork() == 0) for (;;) fork();',
    '  usleep(500000);',
    '  std::puts("parent exits");',
    '}',
  ),
};

/** Grows memory in small steps (4 KB at a time) until something stops it. */
export const MEMORY_CREEP: Partial<Record<LanguageId, string>> = {
  python: lines('chunks = []', 'while True:', '    chunks.append(bytearray(b"x" * 4096))'),
  javascript: lines('const chunks = [];', 'for (;;) chunks.push(Buffer.alloc(4096, chunks.length % 256));'),
  cpp: lines('#include <string>', '#include <vector>', 'int main() { std::vector<std::string> chunks; for (;;) chunks.emplace_back(4096, \'x\'); }'),
};

/** Spins four threads (JavaScript: worker threads) on the CPU without end. */
export const CPU_BURN_THREADS: Record<LanguageId, string> = {
  python: lines(
    'import threading',
    'def burn():',
    '    while True:',
    '        pass',
    'for _ in range(4):',
    '    threading.Thread(target=burn).start()',
  ),
  javascript: lines(
    'const { Worker } = require("worker_threads");',
    'for (let i = 0; i < 4; i++) new Worker("for (;;) {}", { eval: true });',
  ),
  java: lines(
    'public class Main {',
    '  static volatile long spins;',
    '  public static void main(String[] args) {',
    '    for (int i = 0; i < 4; i++) new Thread(() -> { while (true) spins++; }).start();',
    '  }',
    '}',
  ),
  cpp: lines(
    '#include <thread>',
    '#include <vector>',
    'int main() {',
    '  std::vector<std::thread> threads;',
    '  for (int i = 0; i < 4; i++) threads.emplace_back([] { volatile unsigned long spins = 0; for (;;) spins++; });',
    '  for (auto& t : threads) t.join();',
    '}',
  ),
};

/** Waits for a child process that sleeps 60 s. */
export const SLEEP_IN_CHILD: Partial<Record<LanguageId, string>> = {
  python: lines('import subprocess', 'subprocess.run(["sleep", "60"])'),
  javascript: 'require("child_process").execFileSync("sleep", ["60"]);',
  cpp: lines(
    '#include <sys/wait.h>',
    '#include <unistd.h>',
    'int main() {',
    '  pid_t child = fork();',
    '  if (child == 0) { execlp("sleep", "sleep", "60", (char*)nullptr); _exit(127); }',
    '  waitpid(child, nullptr, 0);',
    '}',
  ),
};

/** Ignores SIGTERM, SIGINT and SIGHUP, then spins. */
export const IGNORE_SIGTERM_PYTHON = lines(
  'import signal',
  'for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):',
  '    signal.signal(sig, signal.SIG_IGN)',
  'while True:',
  '    pass',
);

// ------------------------------------------------- children that outlive their parent ---

/**
 * What every orphan below does: announce itself in /tmp/orphan-started (the parent waits for
 * that before exiting), wait until the parent has exited and half a second more (the agent
 * kills it once it has reaped the parent, which on a loaded machine can take longer than a
 * few milliseconds), then print "orphan still running" for 1 s, write /tmp and /workspace/orphan-was-here, and sleep 60 s. A sandbox that kills
 * everything when the program exits shows none of it.
 */
const PYTHON_ORPHAN = lines(
  'import os, time',
  'def parent_running(parent):',
  '    try:',
  '        with open("/proc/%d/stat" % parent) as stat:',
  '            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"',
  '    except OSError:',
  '        return False',
  'def outlive(parent):',
  '    open("/tmp/orphan-started", "w").close()',
  '    while parent_running(parent):',
  '        time.sleep(0.005)',
  '    time.sleep(0.5)',
  '    for _ in range(100):',
  '        print("orphan still running", flush=True)',
  '        time.sleep(0.01)',
  '    for folder in ("/tmp", "/workspace"):',
  '        open(folder + "/orphan-was-here", "w").write("x")',
  '    time.sleep(60)',
  '    os._exit(0)',
);

const PYTHON_WAIT_FOR_ORPHAN = lines(
  'while not os.path.exists("/tmp/orphan-started"):',
  '    time.sleep(0.005)',
  'print("parent exits")',
);

const CPP_ORPHAN = lines(
  '#include <cstdio>',
  '#include <fstream>',
  '#include <string>',
  '#include <sys/stat.h>',
  '#include <sys/wait.h>',
  '#include <unistd.h>',
  'static bool parentRunning(pid_t parent) {',
  '  std::ifstream stat("/proc/" + std::to_string(parent) + "/stat");',
  '  std::string line;',
  '  if (!std::getline(stat, line)) return false;',
  '  auto end = line.rfind(")");',
  '  return end != std::string::npos && end + 2 < line.size() && line[end + 2] != \'Z\';',
  '}',
  'static void outlive(pid_t parent) {',
  '  std::ofstream("/tmp/orphan-started").close();',
  '  while (parentRunning(parent)) usleep(5000);',
  '  usleep(500000);',
  '  for (int i = 0; i < 100; i++) { std::printf("orphan still running\\n"); std::fflush(stdout); usleep(10000); }',
  '  for (const char* path : {"/tmp/orphan-was-here", "/workspace/orphan-was-here"}) std::ofstream(path) << "x";',
  '  sleep(60);',
  '  _exit(0);',
  '}',
  'static void waitForOrphan() {',
  '  struct stat st;',
  '  while (stat("/tmp/orphan-started", &st) != 0) usleep(5000);',
  '  std::puts("parent exits");',
  '}',
);

const JS_ORPHAN = lines(
  'const fs = require("fs");',
  'const parent = Number(process.argv[2]);',
  'const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);',
  'const parentRunning = () => {',
  '  try { return fs.readFileSync(`/proc/${parent}/stat`, "utf8").split(")").pop().trim()[0] !== "Z"; } catch { return false; }',
  '};',
  'fs.writeFileSync("/tmp/orphan-started", "");',
  'while (parentRunning()) sleep(5);',
  'sleep(500);',
  'for (let i = 0; i < 100; i++) { fs.writeSync(1, "orphan still running\\n"); sleep(10); }',
  'for (const folder of ["/tmp", "/workspace"]) fs.writeFileSync(`${folder}/orphan-was-here`, "x");',
  'sleep(60000);',
);

/** A program whose child outlives it; its files: the first is the entry point. */
export interface OrphanCase {
  language: LanguageId;
  technique: string;
  files: SourceFile[];
}

export const ORPHANS: OrphanCase[] = [
  {
    language: 'python',
    technique: 'a double fork',
    files: [
      {
        name: 'main.py',
        content: lines(
          PYTHON_ORPHAN,
          'parent = os.getpid()',
          'if os.fork() == 0:',
          '    if os.fork() == 0:',
          '        outlive(parent)',
          '    os._exit(0)',
          'os.wait()',
          PYTHON_WAIT_FOR_ORPHAN,
        ),
      },
    ],
  },
  {
    language: 'python',
    technique: 'setsid',
    files: [
      {
        name: 'main.py',
        content: lines(PYTHON_ORPHAN, 'parent = os.getpid()', 'if os.fork() == 0:', '    os.setsid()', '    outlive(parent)', PYTHON_WAIT_FOR_ORPHAN),
      },
    ],
  },
  {
    language: 'python',
    technique: 'nohup',
    files: [
      {
        name: 'main.py',
        content: lines(
          'import os, subprocess, time',
          'subprocess.Popen(["nohup", "python3", "-u", "orphan.py", str(os.getpid())])',
          PYTHON_WAIT_FOR_ORPHAN,
        ),
      },
      { name: 'orphan.py', content: lines(PYTHON_ORPHAN, 'import sys', 'outlive(int(sys.argv[1]))') },
    ],
  },
  {
    language: 'cpp',
    technique: 'a double fork',
    files: [
      {
        name: 'main.cpp',
        content: lines(
          CPP_ORPHAN,
          'int main() {',
          '  pid_t parent = getpid();',
          '  if (fork() == 0) { if (fork() == 0) outlive(parent); _exit(0); }',
          '  wait(nullptr);',
          '  waitForOrphan();',
          '}',
        ),
      },
    ],
  },
  {
    language: 'cpp',
    technique: 'setsid',
    files: [
      {
        name: 'main.cpp',
        content: lines(CPP_ORPHAN, 'int main() {', '  pid_t parent = getpid();', '  if (fork() == 0) { setsid(); outlive(parent); }', '  waitForOrphan();', '}'),
      },
    ],
  },
  {
    language: 'javascript',
    technique: 'spawn(..., { detached: true }).unref()',
    files: [
      {
        name: 'main.js',
        content: lines(
          'const fs = require("fs");',
          'const { spawn } = require("child_process");',
          'spawn("node", ["orphan.js", String(process.pid)], { detached: true, stdio: ["ignore", "inherit", "inherit"] }).unref();',
          'const started = setInterval(() => {',
          '  if (fs.existsSync("/tmp/orphan-started")) { clearInterval(started); console.log("parent exits"); }',
          '}, 5);',
        ),
      },
      { name: 'orphan.js', content: JS_ORPHAN },
    ],
  },
];

/**
 * Prints the command lines of all processes it can see (by pid), the entries of /workspace
 * and of /tmp; then leaves a marker file in both and a `sleep 300` behind, and exits 0.
 * A clean sandbox shows only the agent, this program and its own submitted file(s).
 */
export const INSPECT_AND_LITTER: Partial<Record<LanguageId, string>> = {
  python: lines(
    'import os, subprocess',
    'def cmdline(pid):',
    '    try:',
    '        with open("/proc/%d/cmdline" % pid, "rb") as f:',
    '            return f.read().rstrip(b"\\0").replace(b"\\0", b" ").decode()',
    '    except OSError:',
    '        return ""',
    'pids = sorted(int(p) for p in os.listdir("/proc") if p.isdigit())',
    'print("processes:", " | ".join(c for c in map(cmdline, pids) if c))',
    'print("workspace:", *sorted(os.listdir("/workspace")))',
    'print("tmp:", *sorted(os.listdir("/tmp")))',
    'for folder in ("/workspace", "/tmp"):',
    '    open(folder + "/marker-of-a-previous-run", "w").write("x")',
    'subprocess.Popen(["sleep", "300"])',
  ),
  javascript: lines(
    'const fs = require("fs");',
    'const { spawn } = require("child_process");',
    'const cmdline = (pid) => {',
    '  try { return fs.readFileSync(`/proc/${pid}/cmdline`, "latin1").replace(/\\0+$/, "").split("\\0").join(" "); } catch { return ""; }',
    '};',
    'const pids = fs.readdirSync("/proc").filter((name) => /^\\d+$/.test(name)).map(Number).sort((a, b) => a - b);',
    'console.log("processes: " + pids.map(cmdline).filter(Boolean).join(" | "));',
    'console.log(["workspace:", ...fs.readdirSync("/workspace").sort()].join(" "));',
    'console.log(["tmp:", ...fs.readdirSync("/tmp").sort()].join(" "));',
    'for (const folder of ["/workspace", "/tmp"]) fs.writeFileSync(`${folder}/marker-of-a-previous-run`, "x");',
    'spawn("sleep", ["300"], { detached: true, stdio: "ignore" }).unref();',
  ),
  cpp: lines(
    '#include <algorithm>',
    '#include <cctype>',
    '#include <cstdio>',
    '#include <dirent.h>',
    '#include <fstream>',
    '#include <iterator>',
    '#include <string>',
    '#include <unistd.h>',
    '#include <vector>',
    'static std::vector<std::string> entries(const char* folder) {',
    '  std::vector<std::string> names;',
    '  DIR* dir = opendir(folder);',
    '  while (dirent* entry = readdir(dir)) { std::string name = entry->d_name; if (name != "." && name != "..") names.push_back(name); }',
    '  closedir(dir);',
    '  std::sort(names.begin(), names.end());',
    '  return names;',
    '}',
    'int main() {',
    '  std::vector<int> pids;',
    '  for (auto& name : entries("/proc")) if (std::all_of(name.begin(), name.end(), [](char c) { return std::isdigit((unsigned char)c); })) pids.push_back(std::stoi(name));',
    '  std::sort(pids.begin(), pids.end());',
    '  std::string processes = "processes:";',
    '  const char* separator = " ";',
    '  for (int pid : pids) {',
    '    std::ifstream file("/proc/" + std::to_string(pid) + "/cmdline");',
    '    std::string cmd((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());',
    '    while (!cmd.empty() && cmd.back() == \'\\0\') cmd.pop_back();',
    '    std::replace(cmd.begin(), cmd.end(), \'\\0\', \' \');',
    '    if (cmd.empty()) continue;',
    '    processes += separator + cmd;',
    '    separator = " | ";',
    '  }',
    '  std::puts(processes.c_str());',
    '  for (const char* folder : {"/workspace", "/tmp"}) {',
    '    std::string line = std::string(folder + 1) + ":";',
    '    for (auto& name : entries(folder)) line += " " + name;',
    '    std::puts(line.c_str());',
    '  }',
    '  std::fflush(stdout);',
    '  for (const char* path : {"/workspace/marker-of-a-previous-run", "/tmp/marker-of-a-previous-run"}) std::ofstream(path) << "x";',
    '  if (fork() == 0) { execlp("sleep", "sleep", "300", (char*)nullptr); _exit(127); }',
    '}',
  ),
};

/** What INSPECT_AND_LITTER prints in a clean sandbox. */
export const CLEAN_SANDBOX: Partial<Record<LanguageId, string>> = {
  python: `processes: ${FIRST_PROCESS} | python3 -u -B main.py\nworkspace: main.py\ntmp:\n`,
  javascript: `processes: ${FIRST_PROCESS} | node main.js\nworkspace: main.js\ntmp:\n`,
  cpp: `processes: ${FIRST_PROCESS} | ./main\nworkspace: main main.cpp\ntmp:\n`,
};

// --------------------------------------------------------------- filesystem ---

/**
 * Fills each writable place in turn (deleting in between, so that memory is not the limit):
 * one file past the file size limit, /tmp, /workspace, then one more file in $HOME, then
 * /dev/shm; prints a JSON report of the error and the bytes written for each.
 */
export const FILL_WRITABLE_PLACES_PYTHON = lines(
  'import errno, glob, json, os',
  'MIB = 1 << 20',
  'CHUNK = b"x" * MIB',
  'def fill(prefix, file_bytes):',
  '    total, index = 0, 0',
  '    while True:',
  '        fd = os.open("%s-%d" % (prefix, index), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)',
  '        try:',
  '            written = 0',
  '            while written < file_bytes:',
  '                n = os.write(fd, CHUNK[: file_bytes - written])',
  '                written += n',
  '                total += n',
  '        except OSError as e:',
  '            return {"error": errno.errorcode[e.errno], "bytes": total}',
  '        finally:',
  '            os.close(fd)',
  '        index += 1',
  'def remove(prefix):',
  '    for path in glob.glob(prefix + "-*"):',
  '        os.remove(path)',
  'report = {"home": os.environ["HOME"]}',
  'report["one_file"] = fill("/workspace/big", 32 * MIB)',
  'remove("/workspace/big")',
  'report["tmp"] = fill("/tmp/fill", 4 * MIB)',
  'remove("/tmp/fill")',
  'report["workspace"] = fill("/workspace/fill", 8 * MIB)',
  'report["home_when_full"] = fill(os.path.join(os.environ["HOME"], "one-more"), MIB)',
  'remove("/workspace/fill")',
  'remove(os.path.join(os.environ["HOME"], "one-more"))',
  'report["dev_shm"] = fill("/dev/shm/fill", 8 * MIB)',
  'print(json.dumps(report))',
);

/** Creates empty files in /workspace without end; prints the error and the count if creation ever fails. */
export const CREATE_EMPTY_FILES_PYTHON = lines(
  'import errno, os',
  'count = 0',
  'try:',
  '    while True:',
  '        os.close(os.open("f%d" % count, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))',
  '        count += 1',
  'except OSError as e:',
  '    print("stopped by", errno.errorcode[e.errno], "after", count, "files")',
);

/** Writes one file past the 16 MiB file size limit and prints how the write failed and how much was written. */
export const WRITE_PAST_FILE_SIZE_LIMIT: Partial<Record<LanguageId, string>> = {
  javascript: lines(
    'const fs = require("fs");',
    'const fd = fs.openSync("big", "w");',
    'const chunk = Buffer.alloc(1 << 20, 120);',
    'let total = 0;',
    'try { for (;;) total += fs.writeSync(fd, chunk); } catch (e) { console.log(e.code + " " + total); }',
  ),
  java: lines(
    'import java.io.*;',
    'public class Main { public static void main(String[] args) throws Exception {',
    '  long total = 0;',
    '  try (var out = new FileOutputStream("big")) {',
    '    byte[] chunk = new byte[1 << 20];',
    '    while (true) { out.write(chunk); total += chunk.length; }',
    '  } catch (IOException e) { System.out.println(e.getMessage() + " " + total); }',
    '} }',
  ),
  cpp: lines(
    '#include <fcntl.h>',
    '#include <unistd.h>',
    'int main() {',
    '  int fd = open("big", O_WRONLY | O_CREAT, 0600);',
    '  static char chunk[1 << 20];',
    '  for (;;) if (write(fd, chunk, sizeof chunk) < 0) return 1;',
    '}',
  ),
};

/** Tries to create or append to files outside /workspace; prints "<path> <ok|errno name>" for each. */
export const WRITE_OUTSIDE_WORKSPACE_PYTHON = lines(
  'import errno',
  'for path in ("/etc/ghostide-probe", "/usr/ghostide-probe", "/ghostide-probe", "/workspace/../etc/ghostide-probe", "/etc/passwd"):',
  '    try:',
  '        with open(path, "a") as f:',
  '            f.write("x")',
  '        print(path, "ok")',
  '    except OSError as e:',
  '        print(path, errno.errorcode[e.errno])',
);

/** Creates symlinks to /etc/passwd and /proc/1/environ in the workspace and uses them. */
export const SYMLINKS_OUT_OF_WORKSPACE_PYTHON = lines(
  'import errno, os',
  'def attempt(label, action):',
  '    try:',
  '        action()',
  '        print(label, "ok")',
  '    except OSError as e:',
  '        print(label, errno.errorcode[e.errno])',
  'os.symlink("/etc/passwd", "/workspace/passwd-link")',
  'os.symlink("/proc/1/environ", "/workspace/agent-environ-link")',
  'print("passwd-link reads /etc/passwd:", open("passwd-link").read() == open("/etc/passwd").read())',
  'attempt("write through passwd-link:", lambda: open("passwd-link", "a").write("x"))',
  'attempt("read through agent-environ-link:", lambda: open("agent-environ-link", "rb").read())',
);

// -------------------------------------------------------- secrets and host ---

/** Probes host files and the environment; prints "<path>: <ok|errno name>" lines, then the sorted environment. */
export const HOST_FILES_AND_ENVIRONMENT: Partial<Record<LanguageId, string>> = {
  python: lines(
    'import errno, os',
    'for path, flags in (("/etc/shadow", os.O_RDONLY), ("/proc/1/environ", os.O_RDONLY), ("/proc/1/mem", os.O_RDONLY),',
    '                    ("/proc/1/fd/1", os.O_WRONLY), ("/var/run/docker.sock", os.O_RDONLY), ("/run/docker.sock", os.O_RDONLY)):',
    '    try:',
    '        os.close(os.open(path, flags))',
    '        print(path + ": ok")',
    '    except OSError as e:',
    '        print(path + ": " + errno.errorcode[e.errno])',
    'for key in sorted(os.environ):',
    '    print(key + "=" + os.environ[key])',
  ),
  javascript: lines(
    'const fs = require("fs");',
    'for (const [path, flags] of [["/etc/shadow", "r"], ["/proc/1/environ", "r"], ["/proc/1/mem", "r"],',
    '                             ["/proc/1/fd/1", "a"], ["/var/run/docker.sock", "r"], ["/run/docker.sock", "r"]]) {',
    '  try { fs.closeSync(fs.openSync(path, flags)); console.log(path + ": ok"); } catch (e) { console.log(path + ": " + e.code); }',
    '}',
    'for (const key of Object.keys(process.env).sort()) console.log(key + "=" + process.env[key]);',
  ),
  cpp: lines(
    '#include <algorithm>',
    '#include <cerrno>',
    '#include <cstdio>',
    '#include <cstring>',
    '#include <fcntl.h>',
    '#include <string>',
    '#include <unistd.h>',
    '#include <vector>',
    'int main() {',
    '  struct { const char* path; int flags; } probes[] = {{"/etc/shadow", O_RDONLY}, {"/proc/1/environ", O_RDONLY}, {"/proc/1/mem", O_RDONLY},',
    '      {"/proc/1/fd/1", O_WRONLY}, {"/var/run/docker.sock", O_RDONLY}, {"/run/docker.sock", O_RDONLY}};',
    '  for (auto& probe : probes) {',
    '    int fd = open(probe.path, probe.flags);',
    '    std::printf("%s: %s\\n", probe.path, fd >= 0 ? "ok" : strerrorname_np(errno));',
    '    if (fd >= 0) close(fd);',
    '  }',
    '  std::vector<std::string> variables;',
    '  for (char** entry = environ; *entry; entry++) variables.push_back(*entry);',
    '  std::sort(variables.begin(), variables.end());',
    '  for (auto& variable : variables) std::printf("%s\\n", variable.c_str());',
    '}',
  ),
};

/** The answer the agent would send for a successful run that printed "forged". */
const FORGED_AGENT_ANSWER =
  'stage run exit=0 signal=0 wall_ms=1 timeout=0 output_exceeded=0 oom=0 maxrss_kb=1 stdout_len=7 stderr_len=0\\nforged\\nend\\n';

/** Writes a forged answer into the agent's own stdout (the host's stream) through /proc/1/fd/1. */
export const FORGE_AGENT_ANSWER_PYTHON = lines(
  'import errno, os',
  'try:',
  '    fd = os.open("/proc/1/fd/1", os.O_WRONLY)',
  `    os.write(fd, b"${FORGED_AGENT_ANSWER}")`,
  '    print("wrote a forged answer")',
  'except OSError as e:',
  '    print("/proc/1/fd/1: " + errno.errorcode[e.errno])',
);

/**
 * Tries what only a privileged process may do, prints "<attempt>: <errno name|succeeded>"
 * for each, then sends SIGTERM, SIGSTOP and SIGKILL to the agent (PID 1).
 */
export const PRIVILEGE_PROBES_CPP = lines(
  '#include <cerrno>',
  '#include <csignal>',
  '#include <cstdio>',
  '#include <cstring>',
  '#include <netinet/in.h>',
  '#include <sched.h>',
  '#include <sys/mount.h>',
  '#include <sys/ptrace.h>',
  '#include <sys/socket.h>',
  '#include <sys/uio.h>',
  '#include <sys/wait.h>',
  '#include <unistd.h>',
  'static void report(const char* attempt, long result) {',
  '  std::printf("%s: %s\\n", attempt, result < 0 ? strerrorname_np(errno) : "succeeded");',
  '  std::fflush(stdout);',
  '}',
  'int main() {',
  '  report("mount", mount("none", "/mnt", "tmpfs", 0, nullptr));',
  '  pid_t child = fork();',
  '  if (child == 0) { report("ptrace(PTRACE_TRACEME)", ptrace(PTRACE_TRACEME, 0, nullptr, nullptr)); _exit(0); }',
  '  waitpid(child, nullptr, 0);',
  '  report("ptrace(PTRACE_ATTACH, 1)", ptrace(PTRACE_ATTACH, 1, nullptr, nullptr));',
  '  char buffer[16];',
  '  iovec local{buffer, sizeof buffer}, remote{(void*)0x400000, sizeof buffer};',
  '  report("process_vm_readv(1)", process_vm_readv(1, &local, 1, &remote, 1, 0));',
  '  report("setuid(0)", setuid(0));',
  '  report("setgid(0)", setgid(0));',
  '  report("socket(AF_INET, SOCK_RAW)", socket(AF_INET, SOCK_RAW, IPPROTO_ICMP));',
  '  report("chroot", chroot("/tmp"));',
  '  report("unshare(CLONE_NEWUSER)", unshare(CLONE_NEWUSER));',
  '  report("unshare(CLONE_NEWNS)", unshare(CLONE_NEWNS));',
  '  kill(1, SIGTERM);',
  '  kill(1, SIGSTOP);',
  '  kill(1, SIGKILL);',
  '  std::puts("signals sent to PID 1");',
  '}',
);

// ------------------------------------------------------------------ network ---

/** Prints the interfaces, how a DNS lookup of example.com fails, and how connecting to 127.0.0.1:<args[0]> fails. */
export const NETWORK_PROBES: Partial<Record<LanguageId, string>> = {
  python: lines(
    'import errno, socket, sys',
    'print("interfaces:", *[line.split(":")[0].strip() for line in open("/proc/net/dev").read().splitlines()[2:]])',
    'EAI_NAMES = {getattr(socket, name): name for name in dir(socket) if name.startswith("EAI_")}',
    'try:',
    '    socket.getaddrinfo("example.com", 80)',
    '    print("dns example.com: resolved")',
    'except socket.gaierror as e:',
    '    print("dns example.com:", EAI_NAMES.get(e.errno, e.errno))',
    'try:',
    '    socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5).close()',
    '    print("connect 127.0.0.1: connected")',
    'except OSError as e:',
    '    print("connect 127.0.0.1:", errno.errorcode.get(e.errno, e))',
  ),
  javascript: lines(
    'const fs = require("fs");',
    'const dns = require("dns");',
    'const net = require("net");',
    'const names = fs.readFileSync("/proc/net/dev", "utf8").trim().split("\\n").slice(2).map((l) => l.split(":")[0].trim());',
    'console.log(["interfaces:", ...names].join(" "));',
    'dns.lookup("example.com", (err) => {',
    '  console.log("dns example.com: " + (err ? err.code : "resolved"));',
    '  const socket = net.connect(Number(process.argv[2]), "127.0.0.1");',
    '  socket.on("connect", () => { console.log("connect 127.0.0.1: connected"); socket.destroy(); });',
    '  socket.on("error", (e) => console.log("connect 127.0.0.1: " + e.code));',
    '});',
  ),
  cpp: lines(
    '#include <arpa/inet.h>',
    '#include <cerrno>',
    '#include <cstdio>',
    '#include <cstdlib>',
    '#include <cstring>',
    '#include <fstream>',
    '#include <netdb.h>',
    '#include <string>',
    '#include <sys/socket.h>',
    '#include <unistd.h>',
    'int main(int argc, char** argv) {',
    '  std::ifstream dev("/proc/net/dev");',
    '  std::string line, interfaces = "interfaces:";',
    '  for (int n = 0; std::getline(dev, line); n++) {',
    '    if (n < 2) continue;',
    '    std::string name = line.substr(0, line.find(":"));',
    '    interfaces += " " + name.substr(name.find_first_not_of(" "));',
    '  }',
    '  std::puts(interfaces.c_str());',
    '  addrinfo* found = nullptr;',
    '  int rc = getaddrinfo("example.com", "80", nullptr, &found);',
    '  std::printf("dns example.com: %s\\n", rc == 0 ? "resolved" : rc == EAI_AGAIN ? "EAI_AGAIN" : rc == EAI_NONAME ? "EAI_NONAME" : gai_strerror(rc));',
    '  int fd = socket(AF_INET, SOCK_STREAM, 0);',
    '  sockaddr_in address{};',
    '  address.sin_family = AF_INET;',
    '  address.sin_port = htons(std::atoi(argv[1]));',
    '  inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);',
    '  int connected = connect(fd, (sockaddr*)&address, sizeof address);',
    '  std::printf("connect 127.0.0.1: %s\\n", connected == 0 ? "connected" : strerrorname_np(errno));',
    '}',
  ),
};

// ------------------------------------------------------------------- output ---

/** A flood of output in one shape; `stream` names where it goes. */
export interface OutputFloodCase {
  language: LanguageId;
  shape: string;
  stream: 'stdout' | 'stderr' | 'both';
  code: string;
}

export const OUTPUT_FLOODS: OutputFloodCase[] = [
  {
    language: 'python',
    shape: 'one huge line without a newline',
    stream: 'stdout',
    code: lines('import sys', 'while True:', '    sys.stdout.write("x" * 65536)'),
  },
  {
    language: 'python',
    shape: 'many short lines',
    stream: 'stderr',
    code: lines('import sys', 'while True:', '    sys.stderr.write("y" * 99 + "\\n")'),
  },
  {
    language: 'javascript',
    shape: 'one huge line without a newline',
    stream: 'stderr',
    code: lines('const chunk = "y".repeat(65536);', 'for (;;) require("fs").writeSync(2, chunk);'),
  },
  {
    language: 'cpp',
    shape: 'many lines alternating between the streams',
    stream: 'both',
    code: lines(
      '#include <string>',
      '#include <unistd.h>',
      'int main() {',
      '  std::string out(99, \'x\'), err(99, \'y\');',
      '  out += "\\n";',
      '  err += "\\n";',
      '  for (;;) { write(1, out.data(), out.size()); write(2, err.data(), err.size()); }',
      '}',
    ),
  },
];

/** Writes a NUL byte and invalid UTF-8 to stdout, and a truncated UTF-8 sequence to stderr. */
export const BINARY_OUTPUT_PYTHON = lines(
  'import sys',
  'sys.stdout.buffer.write(b"nul:\\x00 invalid:\\xff\\xfe end\\n")',
  'sys.stderr.buffer.write(b"cut:\\xc3\\n")',
);

// ---------------------------------------------------------------- recursion ---

/** Recurses without end, in a way no optimiser can turn into a loop. */
export const DEEP_RECURSION: Record<LanguageId, string> = {
  python: lines('def depth(n):', '    return depth(n + 1) + 1', 'depth(0)'),
  javascript: lines('function depth(n) { return depth(n + 1) + 1; }', 'depth(0);'),
  java: 'public class Main { static int depth(int n) { return depth(n + 1) + 1; } public static void main(String[] args) { depth(0); } }',
  cpp: lines(
    '#include <cstdio>',
    // The frame's address escapes to snprintf and it is read after the call: no tail call.
    'int depth(int n) { char frame[256]; std::snprintf(frame, sizeof frame, "%d", n); return depth(n + 1) + frame[0]; }',
    'int main() { return depth(0); }',
  ),
};
