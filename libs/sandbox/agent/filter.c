/*
 * The seccomp filter of every program a stage runs, on top of the host
 * container's profile (libs/sandbox/seccomp/host.json), which has to allow
 * clone with namespace flags and mount for the agent's jails. The program
 * gets neither: no namespaces, no mounts, no io_uring, no debugging of other
 * processes.
 */
#include "agent.h"

#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <stddef.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

#if defined(__x86_64__)
#define NATIVE_AUDIT_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define NATIVE_AUDIT_ARCH AUDIT_ARCH_AARCH64
#else
#error "define NATIVE_AUDIT_ARCH for this architecture (see linux/audit.h)"
#endif

#ifndef CLONE_NEWTIME
#define CLONE_NEWTIME 0x00000080
#endif
#define CLONE_NAMESPACE_FLAGS                                                                                    \
  (CLONE_NEWNS | CLONE_NEWCGROUP | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET | \
   CLONE_NEWTIME)

#define RET_ERRNO(e) BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (e))
/* "if nr == syscall return errno e" as two instructions. */
#define REFUSE(syscall, e) BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (syscall), 0, 1), RET_ERRNO(e)

int install_program_filter(void) {
  struct sock_filter filter[] = {
      /* System calls of another ABI (i386 int 0x80, x32) have other numbers: they would slip past the checks. */
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, NATIVE_AUDIT_ARCH, 1, 0),
      RET_ERRNO(ENOSYS),
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
#ifdef __X32_SYSCALL_BIT
      BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, __X32_SYSCALL_BIT, 0, 1),
      RET_ERRNO(ENOSYS),
#endif
      /* Debugging: PTRACE_TRACEME would make the jail's init a tracer. */
      REFUSE(__NR_ptrace, EPERM),
      REFUSE(__NR_process_vm_readv, EPERM),
      REFUSE(__NR_process_vm_writev, EPERM),
      /* Namespaces and mounts: the jail is the program's whole world. */
      REFUSE(__NR_unshare, EPERM),
      REFUSE(__NR_setns, EPERM),
      REFUSE(__NR_mount, EPERM),
      REFUSE(__NR_umount2, EPERM),
      REFUSE(__NR_pivot_root, EPERM),
      REFUSE(__NR_open_tree, EPERM),
      REFUSE(__NR_move_mount, EPERM),
      REFUSE(__NR_fsopen, EPERM),
      REFUSE(__NR_fsconfig, EPERM),
      REFUSE(__NR_fsmount, EPERM),
      REFUSE(__NR_fspick, EPERM),
      REFUSE(__NR_mount_setattr, EPERM),
      /* io_uring bypasses seccomp for the operations it carries; ENOSYS makes runtimes fall back. */
      REFUSE(__NR_io_uring_setup, ENOSYS),
      REFUSE(__NR_io_uring_enter, ENOSYS),
      REFUSE(__NR_io_uring_register, ENOSYS),
      /* clone3 passes its flags in memory, where a filter cannot look: ENOSYS makes libc use clone. */
      REFUSE(__NR_clone3, ENOSYS),
      /* clone: threads and processes yes, namespaces no (flags: the first argument's low word, first on little-endian). */
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_clone, 0, 3),
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0])),
      BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, CLONE_NAMESPACE_FLAGS, 0, 1),
      RET_ERRNO(EPERM),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
  };
  struct sock_fprog program = {(unsigned short)(sizeof filter / sizeof filter[0]), filter};
  /* Docker sets no_new_privs already (no-new-privileges); a filter needs it, and it keeps file capabilities off. */
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0) return -1;
  return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program);
}
