"""`whosaid extract`."""

from __future__ import annotations
