import { asRelativePath, defineLanguage } from '../language-definition';

const SOURCE_EXTENSIONS = ['.f90', '.f95', '.f03', '.f08', '.f'];

export const fortran = defineLanguage({
  id: 'fortran',
  name: 'Fortran (gfortran)',
  aliases: ['gfortran', 'f90'],
  extensions: SOURCE_EXTENSIONS,
  defaultFileName: 'main.f90',
  versionCommand: ['gfortran', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 30 },
  // The entry file last: the modules it uses are compiled before it.
  compile: ({ files }) => {
    const sources = files.map((file) => file.name).filter((name) => SOURCE_EXTENSIONS.some((ext) => name.endsWith(ext)));
    return ['gfortran', '-O2', '-o', 'main', ...[...sources.slice(1), sources[0]].map(asRelativePath)];
  },
  run: ({ args }) => ['./main', ...args],
  outOfMemoryPattern: /Allocation would exceed memory limit|Cannot allocate memory/,
  sample: "program main\n  print '(A)', 'Hello, world!'\nend program main\n",
  conformance: {
    echoStdin: "program main\n  character(len=1000) :: line\n  read (*, '(A)') line\n  print '(A)', 'got ' // trim(line)\nend program main",
    printArgs: [
      'program main',
      '  integer :: i, n',
      '  character(len=1000) :: arg',
      '  do i = 1, command_argument_count()',
      '    call get_command_argument(i, arg, length=n)',
      "    if (i > 1) write (*, '(A)', advance='no') '|'",
      "    write (*, '(A)', advance='no') arg(1:n)",
      '  end do',
      "  write (*, '(A)') ''",
      'end program main',
    ].join('\n'),
    exitThree: "program main\n  print '(A)', 'bye'\n  call exit(3)\nend program main",
    crash: "program main\n  error stop 'boom'\nend program main",
    infiniteLoop: 'program main\n  integer(8) :: n\n  n = 0\n  do\n    n = n + 1\n  end do\nend program main',
    memoryBomb: [
      'program main',
      '  type chunk',
      '    integer(1), allocatable :: bytes(:)',
      '  end type chunk',
      '  type(chunk), allocatable :: chunks(:)',
      '  integer :: i',
      '  allocate(chunks(100000))',
      '  do i = 1, 100000',
      '    allocate(chunks(i)%bytes(16 * 1024 * 1024))',
      '    chunks(i)%bytes = 1',
      '  end do',
      "  print *, chunks(1)%bytes(1)",
      'end program main',
    ].join('\n'),
    outputFlood: "program main\n  character(len=1000) :: s\n  s = repeat('x', 1000)\n  do\n    print '(A)', s\n  end do\nend program main",
    compileError: 'program main\n  implicit none\n  x = 1\nend program main',
    multiFile: [
      { name: 'main.f90', content: "program main\n  use helper\n  print '(A, I0)', 'sum ', add(2, 3)\nend program main" },
      {
        name: 'helper.f90',
        content: 'module helper\ncontains\n  integer function add(a, b)\n    integer, intent(in) :: a, b\n    add = a + b\n  end function add\nend module helper',
      },
    ],
  },
  judge0: { ids: [59], name: 'Fortran', toolchain: 'GFortran ' },
  piston: { language: 'fortran', runtime: 'gcc' },
});
