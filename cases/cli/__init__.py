"""The command line: ``main.py analyze`` and ``main.py cases …`` (argument parsing, exit codes, output)."""
