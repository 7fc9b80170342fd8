"""whosaid's own exceptions. The library raises them; only the CLI turns them into messages."""


class WhosaidError(Exception):
    """Base class for every error whosaid raises on purpose."""


class InputError(WhosaidError):
    """One input could not be read: the message names the input and the problem."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class FetchError(InputError):
    """A URL could not be fetched safely (refused address, timeout, too big, wrong type...)."""


class MissingExtra(WhosaidError):
    """An optional part is not installed; the message says which extra to install."""

    def __init__(self, feature: str, extra: str):
        super().__init__(f"{feature} needs an optional dependency: pip install 'whosaid[{extra}]'")
