"""`whosaid eval`."""

from __future__ import annotations
