package dev.codeloop.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's project: a tiny Python greeter with a test and one open TODO, written to a real directory.
 * {@link DemoPatch} does the TODO; the two must change together.
 */
final class DemoWorkspace {

    static final Map<String, String> FILES = files();

    private DemoWorkspace() {
    }

    /** Writes the files under {@code dir} (created if needed). */
    static void create(Path dir) throws IOException {
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
    }

    static List<String> paths() {
        return List.copyOf(FILES.keySet());
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("README.md", """
                # greeter

                A tiny command-line greeter.

                    python3 src/hello.py Ada            # prints: Hello, Ada!

                The code is in `src/hello.py`, its tests in `tests/test_hello.py`
                (run: `python3 -m unittest discover -s tests -v`).

                ## TODO

                - Add a `--shout` option that prints the greeting in capitals.
                """);
        // `args: list`, not `list[str]`: that annotation needs Python 3.9, and the demo should run on any Python 3.
        files.put("src/hello.py", """
                import sys


                def greet(name: str) -> str:
                    return f"Hello, {name}!"


                def main(args: list) -> None:
                    # TODO: --shout (see README)
                    name = args[0] if args else "world"
                    print(greet(name))


                if __name__ == "__main__":
                    main(sys.argv[1:])
                """);
        // unittest, not pytest: the standard library is all the demo may assume.
        files.put("tests/test_hello.py", """
                import unittest

                from src.hello import greet


                class GreetTest(unittest.TestCase):
                    def test_greet(self):
                        self.assertEqual(greet("Ada"), "Hello, Ada!")


                if __name__ == "__main__":
                    unittest.main()
                """);
        return files;
    }
}
