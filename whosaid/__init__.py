"""whosaid: who said what, about whom, where and when — from news."""

from .analyse import load_pipeline
from .errors import FetchError, InputError, WhosaidError
from .pipeline import extract, process
from .records import Document

__version__ = "0.1.0"

__all__ = [
    "Document",
    "FetchError",
    "InputError",
    "WhosaidError",
    "__version__",
    "extract",
    "load_pipeline",
    "process",
]
