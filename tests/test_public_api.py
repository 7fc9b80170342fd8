"""The package's public names are exactly what __all__ promises (cf. httpx test_exported_members)."""

import whosaid


def test_all_names_exist():
    for name in whosaid.__all__:
        assert hasattr(whosaid, name), name


def test_all_lists_every_public_name():
    public = {n for n in dir(whosaid) if not n.startswith("_")}
    modules = {n for n in public if type(getattr(whosaid, n)).__name__ == "module"}
    assert public - modules == set(whosaid.__all__) - {"__version__"}
