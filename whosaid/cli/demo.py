"""`whosaid demo`."""

from __future__ import annotations
