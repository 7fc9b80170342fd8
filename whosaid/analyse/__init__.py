"""whosaid.analyse: the trained English spaCy pipeline (load, train, evaluate)."""

from .pipeline import MODEL_DIR, load_pipeline

__all__ = ["MODEL_DIR", "load_pipeline"]
