"""Documentation that cannot go stale (cf. datasette tests/test_docs.py)."""

from __future__ import annotations

import pathlib

import pytest

from whosaid.cli import main

ROOT = pathlib.Path(__file__).resolve().parent.parent

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme(name):
    assert f"whosaid {name}" in README or f"`{name}`" in README, f"README does not mention whosaid {name}"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_an_example_and_option_help(name):
    command = main.commands[name]
    assert "Example:" in (command.help or ""), f"{name} help has no Example: block"
    for param in command.params:
        if param.param_type_name == "option" and param.name != "help":
            assert param.help, f"{name} --{param.name} has no help text"


def test_readme_opens_with_the_two_commands():
    head = README[:1500]
    assert "make demo" in head and "make test" in head
