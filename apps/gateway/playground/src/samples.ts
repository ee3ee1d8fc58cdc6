/**
 * The program the code box starts with for each language id: a hello world
 * that reads nothing. A language without a sample here starts empty.
 */
export const SAMPLES: Readonly<Record<string, string>> = {
  python: 'print("Hello, world!")\n',
  javascript: 'console.log("Hello, world!");\n',
  java: ['public class Main {', '    public static void main(String[] args) {', '        System.out.println("Hello, world!");', '    }', '}', ''].join('\n'),
  cpp: ['#include <iostream>', '', 'int main() {', '    std::cout << "Hello, world!" << std::endl;', '}', ''].join('\n'),
};

/** What every sample prints. */
export const SAMPLE_OUTPUT = 'Hello, world!\n';
