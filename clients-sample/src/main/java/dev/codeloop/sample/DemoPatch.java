package dev.codeloop.sample;

/**
 * The scripted model's {@code apply_patch} input: the README's TODO done, for the files {@link DemoWorkspace}
 * writes. {@code greet()} gets a {@code shout} flag, {@code main()} reads {@code --shout}, two tests check both,
 * and the README documents the option instead of listing it as a TODO.
 *
 * <p>Every chunk starts with a bare {@code @@} and has no blank context lines, so it reads the same to any
 * parser of the Codex patch format (blank context lines are where parsers differ).
 */
final class DemoPatch {

    static final String TEXT = """
            *** Begin Patch
            *** Update File: src/hello.py
            @@
            -def greet(name: str) -> str:
            -    return f"Hello, {name}!"
            +def greet(name: str, shout: bool = False) -> str:
            +    greeting = f"Hello, {name}!"
            +    return greeting.upper() if shout else greeting
            @@
             def main(args: list) -> None:
            -    # TODO: --shout (see README)
            -    name = args[0] if args else "world"
            -    print(greet(name))
            +    shout = "--shout" in args
            +    names = [arg for arg in args if arg != "--shout"]
            +    print(greet(names[0] if names else "world", shout))
            *** Update File: tests/test_hello.py
            @@
            +import contextlib
            +import io
             import unittest
            @@
            -from src.hello import greet
            +from src.hello import greet, main
            @@
                     self.assertEqual(greet("Ada"), "Hello, Ada!")
            +
            +    def test_greet_shout(self):
            +        self.assertEqual(greet("Ada", shout=True), "HELLO, ADA!")
            +
            +    def test_main_shout_option(self):
            +        out = io.StringIO()
            +        with contextlib.redirect_stdout(out):
            +            main(["--shout", "Ada"])
            +        self.assertEqual(out.getvalue(), "HELLO, ADA!\\n")
            *** Update File: README.md
            @@
                 python3 src/hello.py Ada            # prints: Hello, Ada!
            +    python3 src/hello.py --shout Ada    # prints: HELLO, ADA!
            @@
             (run: `python3 -m unittest discover -s tests -v`).
            -
            -## TODO
            -
            -- Add a `--shout` option that prints the greeting in capitals.
            *** End Patch
            """;

    private DemoPatch() {
    }
}
