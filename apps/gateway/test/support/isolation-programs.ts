/**
 * Python programs of isolation.int-spec.ts: one leaves something of every
 * kind behind, the next looks for all of it. IPC goes through ctypes, so that
 * both are plain Python. Network: loopback only.
 */

/** Names and keys the litter uses and the probe looks for. */
const LEFTOVERS = `
import ctypes, json, os, socket, sys, time
libc = ctypes.CDLL(None, use_errno=True)
libc.mq_open.restype = ctypes.c_int
IPC_KEY = 0x47484f53
MQ_NAME = b'/ghostide-left'
PORT = 47011
ABSTRACT = '\\0ghostide-left'
FILES = ['/workspace/left', '/tmp/left', '/dev/shm/left']
`;

/**
 * Leaves a file in /workspace, /tmp and /dev/shm; a double-forked, setsid
 * process that holds a TCP listener on 127.0.0.1 and an abstract unix socket
 * for minutes; a SysV shared memory segment, semaphore set and message queue;
 * a POSIX message queue; and a changed environment (exported, and in the
 * shell start-up files of $HOME). Prints its hostname and what it created.
 */
export const LITTER = `${LEFTOVERS}
created = {}
for path in FILES:
    with open(path, 'w') as f:
        f.write('left by the previous run')
    created[path] = True
created['shm'] = libc.shmget(IPC_KEY, 4096, 0o1666) >= 0
created['sem'] = libc.semget(IPC_KEY, 1, 0o1666) >= 0
created['msg'] = libc.msgget(IPC_KEY, 0o1666) >= 0
created['mq'] = libc.mq_open(MQ_NAME, os.O_CREAT | os.O_RDWR, 0o666, None) >= 0
os.environ['LEFT_BY_PREVIOUS_RUN'] = '1'
for name in ['.profile', '.bashrc']:
    with open(os.path.join(os.environ['HOME'], name), 'a') as f:
        f.write('export LEFT_BY_PREVIOUS_RUN=1\\n')
ready_read, ready_write = os.pipe()
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(('127.0.0.1', PORT))
        listener.listen()
        abstract = socket.socket(socket.AF_UNIX)
        abstract.bind(ABSTRACT)
        abstract.listen()
        os.write(ready_write, b'1')
        time.sleep(600)
    os._exit(0)
created['listeners'] = os.read(ready_read, 1) == b'1'
print(json.dumps({'hostname': socket.gethostname(), 'created': created}))
`;

/** Looks for everything LITTER leaves and prints what it found, as JSON. */
export const PROBE = `${LEFTOVERS}
def connects(family, address):
    s = socket.socket(family)
    s.settimeout(1)
    try:
        s.connect(address)
        return True
    except OSError:
        return False

me = os.getpid()
found = {
    'files': [path for path in FILES if os.path.exists(path)],
    'other_processes': sorted(int(p) for p in os.listdir('/proc') if p.isdigit() and int(p) not in (1, me)),
    'tcp_listener': connects(socket.AF_INET, ('127.0.0.1', PORT)),
    'abstract_socket': connects(socket.AF_UNIX, ABSTRACT),
    'shm': libc.shmget(IPC_KEY, 0, 0) >= 0,
    'sem': libc.semget(IPC_KEY, 0, 0) >= 0,
    'msg': libc.msgget(IPC_KEY, 0) >= 0,
    'mq': libc.mq_open(MQ_NAME, os.O_RDWR) >= 0,
    'environment': sorted(os.environ),
    'home_files': sorted(os.listdir(os.environ['HOME'])),
}
print(json.dumps({'hostname': socket.gethostname(), 'found': found}))
`;

/** What PROBE prints when nothing of an earlier run is there. */
export const NOTHING_FOUND = {
  files: [],
  other_processes: [],
  tcp_listener: false,
  abstract_socket: false,
  shm: false,
  sem: false,
  msg: false,
  mq: false,
  environment: ['HOME', 'LANG', 'LC_ALL', 'PATH', 'TMPDIR'],
  home_files: ['main.py'],
};

/** Allocates and touches `mb` megabytes, then prints "allocated". */
export function allocate(mb: number): string {
  return `x = bytearray(${mb} * 1024 * 1024)\nfor i in range(0, len(x), 4096):\n    x[i] = 1\nprint('allocated')\n`;
}
